package org.homeward.ui.casepage;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.homeward.casefile.CaseEvent;
import org.homeward.casefile.CaseReassigned;
import org.homeward.casefile.CaseTransferred;
import org.homeward.casefile.EntryCorrected;
import org.homeward.casefile.PersonalDataErased;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/** The case's event types by the name the history gives them, and what a correction may touch. */
final class EventTypes {

    private static final Map<String, Class<? extends Record>> BY_NAME = scan();

    private EventTypes() {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Class<? extends Record>> scan() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(CaseEvent.class));
        Map<String, Class<? extends Record>> types = new TreeMap<>();
        scanner.findCandidateComponents("org.homeward.casefile").forEach(candidate -> {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), EventTypes.class.getClassLoader());
            if (type.isRecord()) {
                types.put(type.getSimpleName(), (Class<? extends Record>) type);
            }
        });
        return types;
    }

    static Optional<Class<? extends Record>> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Entries that say who holds the case, and corrections themselves, are not corrected but superseded. */
    static boolean correctable(String name) {
        return BY_NAME.containsKey(name) && !name.equals(EntryCorrected.class.getSimpleName())
                && !name.equals(CaseReassigned.class.getSimpleName()) && !name.equals(CaseTransferred.class.getSimpleName())
                && !name.equals("FollowUpCancelled") && !name.equals(PersonalDataErased.class.getSimpleName());
    }

    /** The element type of a list or set field, such as the concerns of a check-in. */
    static Optional<Class<?>> elementType(Class<? extends Record> type, String field) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(field) && component.getGenericType() instanceof java.lang.reflect.ParameterizedType generic
                    && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    static Optional<Class<?>> fieldType(Class<? extends Record> type, String field) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(field)) {
                return Optional.of(component.getType());
            }
        }
        return Optional.empty();
    }
}

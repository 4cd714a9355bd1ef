package org.homeward.casefile;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Applies the corrected values of an {@link EntryCorrected} to the event it corrects, giving the event as it
 * should have been recorded. Values arrive as a JSON parser gives them (strings, numbers, booleans, lists, maps) and
 * are converted to the event's field types; identifiers and sealed personal data cannot be corrected this way. A list
 * or a map (such as an assessment's answers) is corrected as a whole: the corrected value replaces the recorded one.
 */
public final class Corrections {

    private Corrections() {
    }

    /** The names of the fields of this kind of event that a correction may change. */
    public static List<String> correctableFields(Class<? extends CaseEvent> type) {
        return Arrays.stream(type.getRecordComponents()).filter(Corrections::isCorrectable)
                .map(RecordComponent::getName).toList();
    }

    /**
     * The event with the corrected values in place of the recorded ones.
     *
     * @throws CaseRuleViolation naming the field when a value does not fit it
     */
    public static <E extends CaseEvent> E apply(E original, Map<String, Object> correctedValues) {
        RecordComponent[] components = original.getClass().getRecordComponents();
        for (String field : correctedValues.keySet()) {
            RecordComponent component = Arrays.stream(components).filter(c -> c.getName().equals(field)).findFirst()
                    .orElseThrow(() -> new CaseRuleViolation("correctedValues." + field,
                            original.getClass().getSimpleName() + " has no field " + field));
            if (!isCorrectable(component)) {
                throw new CaseRuleViolation("correctedValues." + field, field + " cannot be corrected");
            }
        }
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            values[i] = correctedValues.containsKey(component.getName())
                    ? convert(component.getName(), correctedValues.get(component.getName()), component.getGenericType())
                    : read(component, original);
        }
        try {
            Constructor<?> canonical = original.getClass().getDeclaredConstructor(types);
            @SuppressWarnings("unchecked")
            E corrected = (E) canonical.newInstance(values);
            return corrected;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot rebuild " + original.getClass().getSimpleName(), e);
        }
    }

    /** Identifiers and sealed data never; fields marked {@link Uncorrectable} neither. */
    private static boolean isCorrectable(RecordComponent component) {
        Class<?> type = component.getType();
        return type != UUID.class && type != SealedPersonalDetails.class && type != SealedText.class
                && !component.isAnnotationPresent(Uncorrectable.class);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object convert(String field, Object value, Type type) {
        String where = "correctedValues." + field;
        Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
        if (value == null) {
            if (raw.isPrimitive()) {
                throw new CaseRuleViolation(where, field + " cannot be empty");
            }
            return null;
        }
        try {
            if (raw == LocalDate.class) {
                return value instanceof LocalDate date ? date : LocalDate.parse((String) value);
            }
            if (raw == String.class) {
                String text = ((String) value).strip();
                if (text.isEmpty()) {
                    throw new CaseRuleViolation(where, field + " cannot be blank");
                }
                return text;
            }
            if (raw == int.class || raw == Integer.class) {
                Number number = (Number) value;
                if (new BigDecimal(number.toString()).stripTrailingZeros().scale() > 0) {
                    throw new CaseRuleViolation(where, field + " must be a whole number");
                }
                return number.intValue();
            }
            if (raw == boolean.class || raw == Boolean.class) {
                return (Boolean) value;
            }
            if (raw.isEnum()) {
                return enumConstant(raw, (String) value, where);
            }
            if (raw == Money.class) {
                return money(value, where);
            }
            if (Collection.class.isAssignableFrom(raw)) {
                Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
                List<Object> converted = new ArrayList<>();
                for (Object item : (Collection<?>) value) {
                    Object convertedItem = convert(field, item, element);
                    if (convertedItem == null) {
                        throw new CaseRuleViolation(where, field + " cannot hold empty values");
                    }
                    converted.add(convertedItem);
                }
                return Set.class.isAssignableFrom(raw) ? Set.copyOf(new LinkedHashSet<>(converted)) : converted;
            }
            if (Map.class.isAssignableFrom(raw)) {
                Type[] keyAndValue = ((ParameterizedType) type).getActualTypeArguments();
                Map<Object, Object> converted = new LinkedHashMap<>();
                for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                    Object key = convert(field, entry.getKey(), keyAndValue[0]);
                    Object convertedValue = convert(field, entry.getValue(), keyAndValue[1]);
                    if (key == null || convertedValue == null) {
                        throw new CaseRuleViolation(where, field + " cannot hold empty values");
                    }
                    converted.put(key, convertedValue);
                }
                return Collections.unmodifiableMap(converted);
            }
        } catch (ClassCastException | DateTimeParseException | NumberFormatException wrongType) {
            throw new CaseRuleViolation(where, field + " has the wrong type or format");
        }
        throw new CaseRuleViolation(where, field + " cannot be corrected");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name, String where) {
        try {
            return Enum.valueOf((Class<? extends Enum>) type, name);
        } catch (IllegalArgumentException unknown) {
            throw new CaseRuleViolation(where, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static Money money(Object value, String where) {
        if (value instanceof Money money) {
            return money;
        }
        Map<?, ?> map = (Map<?, ?>) value;
        Object amount = map.get("amount");
        Object currency = map.get("currency");
        if (amount == null || !(currency instanceof String code)) {
            throw new CaseRuleViolation(where, "an amount needs both amount and currency");
        }
        return new Money(new BigDecimal(amount.toString()), code);
    }
}

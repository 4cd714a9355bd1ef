package org.homeward.ui.casepage;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.homeward.casefile.CaseRecord;
import org.homeward.casefile.Money;
import org.homeward.casefile.SealedText;
import org.homeward.casefile.Uncorrectable;

/**
 * Chooses the kind of field for each component of a step's record (by its type, and for a few by its name), or none
 * for what the officer does not fill in: the case, new identifiers, the scheme and, in a correction, what cannot be
 * corrected.
 */
final class StepFields {

    /** Components an officer may leave empty; every other one is required, as the API requires it. */
    static final Set<String> OPTIONAL = Set.of("transitCountries", "endedOn", "cost", "value", "monthlyIncome", "district",
            "concerns");
    /** Identifiers a step creates rather than refers to. */
    static final Map<String, Set<String>> CREATED_IDS = Map.of(
            "ApproveBusinessGrant", Set.of("grantId"),
            "ScheduleFollowUp", Set.of("followUpId"),
            "RecordReintegrationAssessment", Set.of("assessmentId"));
    static final Map<String, int[]> RANGES = Map.of("wellbeingScore", new int[] {0, 10}, "attempts", new int[] {1, 50});

    private final Class<? extends Record> type;
    private final StepContext context;
    private final boolean correction;

    StepFields(Class<? extends Record> type, StepContext context, boolean correction) {
        this.type = type;
        this.context = context;
        this.correction = correction;
    }

    /** Whether the step creates this identifier (the form makes a new one) rather than refers to one. */
    static boolean created(Class<? extends Record> type, String name) {
        return CREATED_IDS.getOrDefault(type.getSimpleName(), Set.of()).contains(name);
    }

    /** The field for one component, or null when the officer does not fill it in. */
    StepField field(RecordComponent component) {
        String name = component.getName();
        Class<?> raw = component.getType();
        boolean required = !OPTIONAL.contains(name);
        if (name.equals("caseId") || name.equals("schemeVersion") || name.equals("reference") || name.equals("openedBy")
                || created(type, name)
                || correction && (component.isAnnotationPresent(Uncorrectable.class) || raw == UUID.class
                || raw.getSimpleName().startsWith("Sealed"))) {
            return null;
        }
        if (raw == LocalDate.class) {
            return new DateField(name, required, context);
        }
        if (raw.isEnum()) {
            return choice(name, raw, required);
        }
        if (raw == Set.class || raw == List.class) {
            Class<?> element = elementType(component.getGenericType());
            return element.isEnum() ? codes(name, element) : SeveralField.countries(name, context);
        }
        if (raw == Money.class) {
            return new AmountField(name, required, context);
        }
        if (raw == int.class || raw == Integer.class) {
            int[] range = RANGES.getOrDefault(name, new int[] {0, Integer.MAX_VALUE});
            return new WholeNumberField(name, range[0], range[1], context);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return new YesNoField(name, context);
        }
        if (raw == SealedText.class) {
            return new FreeTextField(name, true, true, context);
        }
        if (raw == Map.class) {
            return new AnswersField(name, context);
        }
        if (raw == UUID.class) {
            return PickField.reference(name, references(name), context);
        }
        if (name.equals("toOffice")) {
            return PickField.name(name, context.offices(), context);
        }
        if (name.equals("toOfficer")) {
            return PickField.name(name, context.officersOf().apply(context.record().office()), context);
        }
        if (name.toLowerCase().contains("country") || name.equals("nationality")) {
            return PickField.country(name, required, context);
        }
        return new FreeTextField(name, required, false, context);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private StepField choice(String name, Class<?> raw, boolean required) {
        return PickField.code(name, (Class<Enum>) raw, required, context);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private StepField codes(String name, Class<?> raw) {
        return SeveralField.codes(name, (Class<Enum>) raw, context);
    }

    private static Class<?> elementType(Type generic) {
        Type argument = ((ParameterizedType) generic).getActualTypeArguments()[0];
        return argument instanceof Class<?> c ? c : String.class;
    }

    /** The case's grants or its pending follow-ups, described so an officer recognises them. */
    private Map<UUID, String> references(String name) {
        CaseRecord record = context.record();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(context.locale());
        Map<UUID, String> choices = new LinkedHashMap<>();
        if (name.equals("grantId")) {
            record.grants().forEach(grant -> choices.put(grant.grantId(), context.t("reference.grant",
                    grant.amount().amount().toPlainString(), grant.amount().currency(), date.format(grant.approvedOn()))));
        } else if (name.equals("followUpId")) {
            record.followUps().stream().filter(followUp -> "SCHEDULED".equals(followUp.status()))
                    .forEach(followUp -> choices.put(followUp.followUpId(), context.t("reference.followUp",
                            date.format(followUp.dueOn()))));
        }
        return choices;
    }
}

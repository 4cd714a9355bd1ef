package org.homeward.ui.casepage;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.homeward.casefile.CaseRecord;
import org.homeward.casefile.Money;
import org.homeward.casefile.SealedText;
import org.homeward.casefile.Uncorrectable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;

/**
 * A form for one kind of step, made from the components of its command record (or, for a correction, of the event
 * it corrects): the officer fills in only what the step is about; the case, new identifiers and the scoring scheme
 * are filled in for them. Checks what it can as the officer types; the case's own rules answer on save, and their
 * reasons are shown on the field they name.
 */
public class StepForm extends FormLayout {

    /** Components an officer may leave empty; every other one is required, as the API requires it. */
    static final Set<String> OPTIONAL = Set.of("transitCountries", "endedOn", "cost", "value", "monthlyIncome", "district",
            "concerns");
    /** Identifiers a step creates rather than refers to. */
    static final Map<String, Set<String>> CREATED_IDS = Map.of(
            "ApproveBusinessGrant", Set.of("grantId"),
            "ScheduleFollowUp", Set.of("followUpId"),
            "RecordReintegrationAssessment", Set.of("assessmentId"));
    static final Map<String, int[]> RANGES = Map.of("wellbeingScore", new int[] {0, 10}, "attempts", new int[] {1, 50});

    final Class<? extends Record> type;
    final Map<String, StepField> fields = new LinkedHashMap<>();
    final Span formProblem = new Span();
    private final StepContext context;
    private final boolean correction;

    public StepForm(Class<? extends Record> type, StepContext context, boolean correction) {
        this.type = type;
        this.context = context;
        this.correction = correction;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        for (RecordComponent component : type.getRecordComponents()) {
            StepField field = field(component);
            if (field != null) {
                fields.put(component.getName(), field);
                Component input = field.component();
                input.setId("field-" + component.getName());
                add(input);
                if (field instanceof StepField.Answers || field.component() instanceof com.vaadin.flow.component.textfield.TextArea) {
                    setColspan(input, 2);
                }
            }
        }
        formProblem.setId("form-problem");
        formProblem.getStyle().set("color", "var(--lumo-error-text-color)");
        add(formProblem);
        setColspan(formProblem, 2);
        if (fields.get("toOffice") instanceof StepField.Pick<?> office && fields.get("toOfficer") instanceof StepField.Pick<?> officer) {
            office.box.addValueChangeListener(change -> setOfficers(officer, change.getValue()));
        }
    }

    @SuppressWarnings("unchecked")
    private void setOfficers(StepField.Pick<?> officer, Object office) {
        ((StepField.Pick<String>) officer).box.setItems(office == null ? List.of() : context.officersOf().apply(office.toString()));
    }

    private StepField field(RecordComponent component) {
        String name = component.getName();
        Class<?> raw = component.getType();
        boolean required = !OPTIONAL.contains(name);
        if (name.equals("caseId") || name.equals("schemeVersion") || name.equals("reference") || name.equals("openedBy")
                || CREATED_IDS.getOrDefault(type.getSimpleName(), Set.of()).contains(name)
                || correction && (component.isAnnotationPresent(Uncorrectable.class) || raw == UUID.class
                || raw.getSimpleName().startsWith("Sealed"))) {
            return null;
        }
        if (raw == LocalDate.class) {
            return new StepField.Date(name, required, context);
        }
        if (raw.isEnum()) {
            return choice(name, raw, required);
        }
        if (raw == Set.class || raw == List.class) {
            Class<?> element = elementType(component.getGenericType());
            return element.isEnum() ? codes(name, element) : StepField.Several.countries(name, context);
        }
        if (raw == Money.class) {
            return new StepField.Amount(name, required, context);
        }
        if (raw == int.class || raw == Integer.class) {
            int[] range = RANGES.getOrDefault(name, new int[] {0, Integer.MAX_VALUE});
            return new StepField.Whole(name, range[0], range[1], context);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return new StepField.YesNo(name, context);
        }
        if (raw == SealedText.class) {
            return new StepField.Text(name, true, true, context);
        }
        if (raw == Map.class) {
            return new StepField.Answers(name, context);
        }
        if (raw == UUID.class) {
            return StepField.Pick.reference(name, references(name), context);
        }
        if (name.equals("toOffice")) {
            return StepField.Pick.name(name, context.offices(), context);
        }
        if (name.equals("toOfficer")) {
            return StepField.Pick.name(name, context.officersOf().apply(context.record().office()), context);
        }
        if (name.toLowerCase().contains("country") || name.equals("nationality")) {
            return StepField.Pick.country(name, required, context);
        }
        return new StepField.Text(name, required, false, context);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private StepField choice(String name, Class<?> raw, boolean required) {
        return StepField.Pick.code(name, (Class<Enum>) raw, required, context);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private StepField codes(String name, Class<?> raw) {
        return StepField.Several.codes(name, (Class<Enum>) raw, context);
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

    /** Checks every field; true when the form can be sent. */
    public boolean validate() {
        formProblem.setText("");
        boolean fine = true;
        for (StepField field : fields.values()) {
            fine &= field.validate();
        }
        return fine;
    }

    /** The command this form describes, with the case, new identifiers and the scheme filled in. */
    public Record command(UUID caseId) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            StepField field = fields.get(name);
            if (name.equals("caseId")) {
                arguments[i] = caseId;
            } else if (name.equals("schemeVersion")) {
                arguments[i] = context.scheme().id();
            } else if (CREATED_IDS.getOrDefault(type.getSimpleName(), Set.of()).contains(name)) {
                arguments[i] = UUID.randomUUID();
            } else if (field != null) {
                arguments[i] = primitiveSafe(components[i].getType(), field.value());
            }
        }
        try {
            Constructor<? extends Record> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot build " + type.getSimpleName(), e);
        }
    }

    private static Object primitiveSafe(Class<?> type, Object value) {
        if (value == null && type == int.class) {
            return 0;
        }
        if (value == null && type == boolean.class) {
            return false;
        }
        return value;
    }

    /** The current value of one field, as the record would get it. */
    public Object value(String field) {
        StepField input = fields.get(field);
        return input == null ? null : input.value();
    }

    /** Fills the form from an event's recorded (corrected) values, for a correction. */
    void fill(Map<String, Object> payload) {
        fields.forEach((name, field) -> field.fill(payload.get(name)));
    }

    /** The fields whose value differs from the given payload, as a correction carries them. */
    Map<String, Object> changedFrom(Map<String, Object> payload) {
        Map<String, Object> changed = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            Object now = field.json();
            if (!sameJson(now, payload.get(name), field instanceof StepField.Several<?> several && several.asList)) {
                changed.put(name, now);
            }
        });
        return changed;
    }

    private static boolean sameJson(Object now, Object before, boolean ordered) {
        if (now instanceof Number a && before instanceof Number b) {
            return new java.math.BigDecimal(a.toString()).compareTo(new java.math.BigDecimal(b.toString())) == 0;
        }
        if (now instanceof Map<?, ?> a && before instanceof Map<?, ?> b && a.containsKey("amount")) {
            return sameJson(a.get("amount"), b.get("amount"), false) && Objects.equals(a.get("currency"), b.get("currency"));
        }
        if (now instanceof Map<?, ?> a && before instanceof Map<?, ?> b) {
            return a.equals(b);
        }
        if (now instanceof List<?> a && before instanceof List<?> b) {
            // json() keeps a list's order and sorts a set's, so sorting both sides compares sets; lists compare as they are
            List<String> left = a.stream().map(Object::toString).toList();
            List<String> right = b.stream().map(Object::toString).toList();
            return left.equals(right) || !ordered && left.stream().sorted().toList().equals(right.stream().sorted().toList());
        }
        if (now instanceof List<?> a && before == null) {
            return a.isEmpty();
        }
        return Objects.equals(now, before);
    }

    /** Shows a reason the case gave on the field it names, or above the buttons when it names none of them. */
    public void showProblem(String field, String reason) {
        StepField target = fields.get(field);
        if (target == null && field != null && field.startsWith("answers.") && fields.get("answers") instanceof StepField.Answers answers
                && answers.showAnswer(field, reason)) {
            return;
        }
        if (target == null && "effectiveOn".equals(field)) {
            target = fields.values().stream().filter(StepField.Date.class::isInstance).findFirst().orElse(null);
        }
        if (target != null) {
            target.show(reason);
        } else {
            formProblem.setText(reason);
        }
    }
}

package org.homeward.ui.casepage;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

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

    final Class<? extends Record> type;
    final Map<String, StepField> fields = new LinkedHashMap<>();
    final Span formProblem = new Span();
    private final StepContext context;

    public StepForm(Class<? extends Record> type, StepContext context, boolean correction) {
        this.type = type;
        this.context = context;
        StepFields kinds = new StepFields(type, context, correction);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        for (RecordComponent component : type.getRecordComponents()) {
            StepField field = kinds.field(component);
            if (field != null) {
                fields.put(component.getName(), field);
                Component input = field.component();
                input.setId("field-" + component.getName());
                add(input);
                if (field instanceof AnswersField || field.component() instanceof com.vaadin.flow.component.textfield.TextArea) {
                    setColspan(input, 2);
                }
            }
        }
        formProblem.setId("form-problem");
        formProblem.getStyle().set("color", "var(--lumo-error-text-color)");
        add(formProblem);
        setColspan(formProblem, 2);
        if (fields.get("toOffice") instanceof PickField<?> office && fields.get("toOfficer") instanceof PickField<?> officer) {
            office.box.addValueChangeListener(change -> setOfficers(officer, change.getValue()));
        }
    }

    @SuppressWarnings("unchecked")
    private void setOfficers(PickField<?> officer, Object office) {
        ((PickField<String>) officer).box.setItems(office == null ? List.of() : context.officersOf().apply(office.toString()));
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
            } else if (StepFields.created(type, name)) {
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
            if (!sameJson(now, payload.get(name), field instanceof SeveralField<?> several && several.asList)) {
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
        if (target == null && field != null && field.startsWith("answers.") && fields.get("answers") instanceof AnswersField answers
                && answers.showAnswer(field, reason)) {
            return;
        }
        if (target == null && "effectiveOn".equals(field)) {
            target = fields.values().stream().filter(DateField.class::isInstance).findFirst().orElse(null);
        }
        if (target != null) {
            target.show(reason);
        } else {
            formProblem.setText(reason);
        }
    }
}

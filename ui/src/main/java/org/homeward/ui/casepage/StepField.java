package org.homeward.ui.casepage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.casefile.Money;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;

/**
 * One input of a step form, made from one component of a command or event record: the right Vaadin field for its
 * type, the checks it can make as the officer types, and its value as the record needs it (or as JSON-like data,
 * for corrections). Each kind of field is a class of its own ({@link DateField}, {@link PickField}, …);
 * {@link StepFields} chooses them.
 */
abstract class StepField {

    final String name;
    final boolean required;
    final StepContext context;

    StepField(String name, boolean required, StepContext context) {
        this.name = name;
        this.required = required;
        this.context = context;
    }

    abstract Component component();

    /** The value for the record's constructor. */
    abstract Object value();

    /** Why the current input is wrong, or null. */
    String problem() {
        Object value = value();
        boolean empty = value == null || value instanceof Collection<?> c && c.isEmpty() && required
                || value instanceof String s && s.isBlank();
        return required && empty ? context.t("validation.required") : null;
    }

    /** Checks the input and shows the problem on the field; true when it is fine. */
    boolean validate() {
        String problem = problem();
        show(problem);
        return problem == null;
    }

    void show(String problem) {
        if (component() instanceof HasValidation field) {
            field.setErrorMessage(problem);
            field.setInvalid(problem != null);
        }
    }

    /** The value as JSON would carry it (dates and codes as text, amounts as numbers). */
    Object json() {
        Object value = value();
        if (value instanceof LocalDate || value instanceof Enum<?>) {
            return value.toString();
        }
        if (value instanceof Money money) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("amount", money.amount());
            json.put("currency", money.currency());
            return json;
        }
        if (value instanceof List<?> values) {
            // a list keeps its order (the route through transit countries)
            return values.stream().map(Object::toString).toList();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(Object::toString).sorted().toList();
        }
        return value;
    }

    abstract void fill(Object json);

    String label() {
        return context.t("field." + name);
    }

    /** Validates again whenever the value changes, so mistakes show while typing. */
    <F extends Component & HasValue<?, ?>> F live(F field) {
        field.addValueChangeListener(change -> validate());
        if (required && field instanceof HasValue<?, ?> value) {
            value.setRequiredIndicatorVisible(true);
        }
        return field;
    }
}

package org.homeward.ui.casepage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** A whole number within the range the step allows (a wellbeing score, the attempts made). */
final class WholeNumberField extends StepField {
    final IntegerField field = new IntegerField();
    final int min;
    final int max;

    WholeNumberField(String name, int min, int max, StepContext context) {
        super(name, true, context);
        this.min = min;
        this.max = max;
        field.setLabel(label());
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        live(field);
    }

    Component component() {
        return field;
    }

    Object value() {
        return field.getValue();
    }

    @Override
    String problem() {
        Integer value = field.getValue();
        if (value == null && !field.isEmpty()) {
            return context.t("validation.number");
        }
        if (value != null && (value < min || value > max)) {
            return context.t("validation.range", min, max);
        }
        return super.problem();
    }

    void fill(Object json) {
        field.setValue(json == null ? null : ((Number) json).intValue());
    }
}

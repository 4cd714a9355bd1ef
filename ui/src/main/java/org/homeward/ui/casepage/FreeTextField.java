package org.homeward.ui.casepage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;

/** Free text: a line (places, organisations), or a note sealed with the case's key before it is stored. */
final class FreeTextField extends StepField {
    final TextFieldBase<?, String> input;

    FreeTextField(String name, boolean required, boolean note, StepContext context) {
        super(name, required, context);
        if (note) {
            TextArea area = new TextArea();
            area.setMaxLength(4000);
            area.setHelperText(context.t("field.note.helper"));
            input = area;
        } else {
            TextField field = new TextField();
            field.setMaxLength(200);
            input = field;
        }
        input.setLabel(label());
        input.setValueChangeMode(ValueChangeMode.EAGER);
        input.setWidthFull();
        live(input);
    }

    Component component() {
        return input;
    }

    Object value() {
        return input.getValue().isBlank() ? null : input.getValue().strip();
    }

    void fill(Object json) {
        input.setValue(json == null ? "" : json.toString());
    }
}

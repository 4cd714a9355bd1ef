package org.homeward.ui.casepage;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;

/** A yes-or-no answer. */
final class YesNoField extends StepField {
    final Checkbox box = new Checkbox();

    YesNoField(String name, StepContext context) {
        super(name, false, context);
        box.setLabel(label());
    }

    Component component() {
        return box;
    }

    Object value() {
        return box.getValue();
    }

    void fill(Object json) {
        box.setValue(Boolean.TRUE.equals(json));
    }
}

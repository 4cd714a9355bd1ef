package org.homeward.ui.casepage;

import java.time.LocalDate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;

/** A date: a required one starts at today (unless it lies long past), and only things still to come may lie ahead. */
final class DateField extends StepField {
    final DatePicker picker = new DatePicker();

    /** Dates of things still to come (a follow-up's due date, a departure) may lie ahead; the others may not. */
    static final java.util.Set<String> MAY_BE_AHEAD = java.util.Set.of("dueOn", "departureOn");
    /** Dates of things long past (when the exploitation began) are not today by default: the officer asks. */
    static final java.util.Set<String> NO_DEFAULT = java.util.Set.of("startedOn", "endedOn");

    DateField(String name, boolean required, StepContext context) {
        super(name, required, context);
        picker.setLabel(label());
        picker.setLocale(context.locale());
        if (!MAY_BE_AHEAD.contains(name)) {
            picker.setMax(org.homeward.ui.OfficersDay.latestAnywhere());
        }
        picker.setValue(required && !NO_DEFAULT.contains(name) ? context.today() : null);
        live(picker);
    }

    Component component() {
        return picker;
    }

    Object value() {
        return picker.getValue();
    }

    @Override
    String problem() {
        if (picker.isInvalid() && picker.getValue() == null && !picker.isEmpty()) {
            return context.t("validation.date");
        }
        if (picker.getValue() != null && picker.getValue().isAfter(org.homeward.ui.OfficersDay.latestAnywhere())
                && !MAY_BE_AHEAD.contains(name)) {
            return context.t("validation.notInFuture");
        }
        return super.problem();
    }

    void fill(Object json) {
        picker.setValue(json == null ? null : LocalDate.parse(json.toString()));
    }
}

package org.homeward.ui.casepage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;

/** The answers of a reintegration assessment: one choice per indicator of the scoring scheme. */
final class AnswersField extends StepField {
    final FormLayout layout = new FormLayout();
    final Map<String, ComboBox<String>> boxes = new LinkedHashMap<>();

    AnswersField(String name, StepContext context) {
        super(name, true, context);
        for (var indicator : context.scheme().indicators()) {
            ComboBox<String> box = new ComboBox<>(indicator.label());
            Map<String, String> labels = new LinkedHashMap<>();
            indicator.scale().forEach(answer -> labels.put(answer.code(), answer.label()));
            if (indicator.notApplicable() != null) {
                labels.put(indicator.notApplicable().code(), indicator.notApplicable().label());
            }
            box.setItems(new ArrayList<>(labels.keySet()));
            box.setItemLabelGenerator(labels::get);
            box.setRequiredIndicatorVisible(true);
            box.setHelperText(indicator.question());
            box.addValueChangeListener(change -> validate());
            boxes.put(indicator.code(), box);
            layout.add(box);
        }
    }

    Component component() {
        return layout;
    }

    Object value() {
        Map<String, String> answers = new LinkedHashMap<>();
        boxes.forEach((code, box) -> {
            if (box.getValue() != null) {
                answers.put(code, box.getValue());
            }
        });
        return answers;
    }

    @Override
    boolean validate() {
        boolean fine = true;
        for (ComboBox<String> box : boxes.values()) {
            box.setInvalid(box.getValue() == null);
            box.setErrorMessage(box.getValue() == null ? context.t("validation.required") : null);
            fine &= box.getValue() != null;
        }
        return fine;
    }

    @Override
    void show(String problem) {
        if (problem != null) {
            boxes.values().stream().findFirst().ifPresent(box -> {
                box.setInvalid(true);
                box.setErrorMessage(problem);
            });
        }
    }

    /** A server problem about one answer ({@code answers.<indicator>}) goes to that answer's field. */
    boolean showAnswer(String field, String problem) {
        ComboBox<String> box = boxes.get(field.substring(field.indexOf('.') + 1));
        if (box == null) {
            return false;
        }
        box.setInvalid(true);
        box.setErrorMessage(problem);
        return true;
    }

    void fill(Object json) {
        if (json instanceof Map<?, ?> answers) {
            answers.forEach((code, answer) -> {
                ComboBox<String> box = boxes.get(code.toString());
                if (box != null) {
                    box.setValue(answer.toString());
                }
            });
        }
    }
}

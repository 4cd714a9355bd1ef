package org.homeward.ui.casepage;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.homeward.ui.cases.Countries;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;

/** Several values from a list: kinds of concern (a set), transit countries (a list). */
final class SeveralField<T> extends StepField {
    final MultiSelectComboBox<T> box = new MultiSelectComboBox<>();
    private final java.util.function.Function<Object, T> fromJson;
    final boolean asList;

    SeveralField(String name, List<T> items, com.vaadin.flow.component.ItemLabelGenerator<T> labels,
            java.util.function.Function<Object, T> fromJson, boolean asList, StepContext context) {
        super(name, false, context);
        this.fromJson = fromJson;
        this.asList = asList;
        box.setLabel(label());
        box.setItems(items);
        box.setItemLabelGenerator(labels);
        live(box);
    }

    static <E extends Enum<E>> SeveralField<E> codes(String name, Class<E> type, StepContext context) {
        return new SeveralField<>(name, List.copyOf(EnumSet.allOf(type)),
                value -> context.t("enum." + type.getSimpleName() + "." + value.name()),
                json -> Enum.valueOf(type, json.toString()), false, context);
    }

    static SeveralField<String> countries(String name, StepContext context) {
        return new SeveralField<>(name, Countries.codesByName(context.locale()), code -> Countries.name(code, context.locale()),
                Object::toString, true, context);
    }

    Component component() {
        return box;
    }

    Object value() {
        return asList ? List.copyOf(box.getValue()) : Set.copyOf(box.getValue());
    }

    void fill(Object json) {
        Set<T> chosen = new LinkedHashSet<>();
        if (json instanceof Collection<?> values) {
            values.forEach(value -> chosen.add(fromJson.apply(value)));
        }
        box.setValue(chosen);
    }
}

package org.homeward.ui.casepage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.ui.cases.Countries;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;

/**
 * One value from a list, shown by a label: a country (by its name in the user's language), an office or officer,
 * or one of the case's own things such as a grant or a pending follow-up.
 */
final class PickField<T> extends StepField {
    final ComboBox<T> box = new ComboBox<>();
    private final java.util.function.Function<Object, T> fromJson;

    PickField(String name, boolean required, List<T> items, com.vaadin.flow.component.ItemLabelGenerator<T> labels,
         java.util.function.Function<Object, T> fromJson, StepContext context) {
        super(name, required, context);
        this.fromJson = fromJson;
        box.setLabel(label());
        box.setItems(items);
        box.setItemLabelGenerator(labels);
        if (required && items.size() == 1) {
            box.setValue(items.getFirst());
        }
        live(box);
    }

    static PickField<String> country(String name, boolean required, StepContext context) {
        return new PickField<>(name, required, Countries.codesByName(context.locale()),
                code -> Countries.name(code, context.locale()), Object::toString, context);
    }

    static PickField<String> name(String name, List<String> names, StepContext context) {
        return new PickField<>(name, true, names, String::valueOf, Object::toString, context);
    }

    static <E extends Enum<E>> PickField<E> code(String name, Class<E> type, boolean required, StepContext context) {
        return new PickField<>(name, required, List.copyOf(EnumSet.allOf(type)),
                value -> context.t("enum." + type.getSimpleName() + "." + value.name()),
                json -> Enum.valueOf(type, json.toString()), context);
    }

    static PickField<UUID> reference(String name, Map<UUID, String> choices, StepContext context) {
        return new PickField<>(name, true, new ArrayList<>(choices.keySet()), choices::get,
                json -> UUID.fromString(json.toString()), context);
    }

    Component component() {
        return box;
    }

    Object value() {
        return box.getValue();
    }

    void fill(Object json) {
        box.setValue(json == null ? null : fromJson.apply(json));
    }
}

package org.homeward.ui.casepage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.homeward.casefile.Money;
import org.homeward.ui.cases.Countries;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * One input of a step form, made from one component of a command or event record: the right Vaadin field for its
 * type, the checks it can make as the officer types, and its value as the record needs it (or as JSON-like data,
 * for corrections).
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

    // --- the kinds of field ---

    static final class Date extends StepField {
        final DatePicker picker = new DatePicker();

        /** Dates of things still to come (a follow-up's due date, a departure) may lie ahead; the others may not. */
        static final java.util.Set<String> MAY_BE_AHEAD = java.util.Set.of("dueOn", "departureOn");
        /** Dates of things long past (when the exploitation began) are not today by default: the officer asks. */
        static final java.util.Set<String> NO_DEFAULT = java.util.Set.of("startedOn", "endedOn");

        Date(String name, boolean required, StepContext context) {
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

    /** Several values from a list: kinds of concern (a set), transit countries (a list). */
    static final class Several<T> extends StepField {
        final MultiSelectComboBox<T> box = new MultiSelectComboBox<>();
        private final java.util.function.Function<Object, T> fromJson;
        final boolean asList;

        Several(String name, List<T> items, com.vaadin.flow.component.ItemLabelGenerator<T> labels,
                java.util.function.Function<Object, T> fromJson, boolean asList, StepContext context) {
            super(name, false, context);
            this.fromJson = fromJson;
            this.asList = asList;
            box.setLabel(label());
            box.setItems(items);
            box.setItemLabelGenerator(labels);
            live(box);
        }

        static <E extends Enum<E>> Several<E> codes(String name, Class<E> type, StepContext context) {
            return new Several<>(name, List.copyOf(EnumSet.allOf(type)),
                    value -> context.t("enum." + type.getSimpleName() + "." + value.name()),
                    json -> Enum.valueOf(type, json.toString()), false, context);
        }

        static Several<String> countries(String name, StepContext context) {
            return new Several<>(name, Countries.codesByName(context.locale()), code -> Countries.name(code, context.locale()),
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

    /**
     * One value from a list, shown by a label: a country (by its name in the user's language), an office or officer,
     * or one of the case's own things such as a grant or a pending follow-up.
     */
    static final class Pick<T> extends StepField {
        final ComboBox<T> box = new ComboBox<>();
        private final java.util.function.Function<Object, T> fromJson;

        Pick(String name, boolean required, List<T> items, com.vaadin.flow.component.ItemLabelGenerator<T> labels,
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

        static Pick<String> country(String name, boolean required, StepContext context) {
            return new Pick<>(name, required, Countries.codesByName(context.locale()),
                    code -> Countries.name(code, context.locale()), Object::toString, context);
        }

        static Pick<String> name(String name, List<String> names, StepContext context) {
            return new Pick<>(name, true, names, String::valueOf, Object::toString, context);
        }

        static <E extends Enum<E>> Pick<E> code(String name, Class<E> type, boolean required, StepContext context) {
            return new Pick<>(name, required, List.copyOf(EnumSet.allOf(type)),
                    value -> context.t("enum." + type.getSimpleName() + "." + value.name()),
                    json -> Enum.valueOf(type, json.toString()), context);
        }

        static Pick<UUID> reference(String name, Map<UUID, String> choices, StepContext context) {
            return new Pick<>(name, true, new ArrayList<>(choices.keySet()), choices::get,
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

    /** Free text: a line (places, organisations), or a note sealed with the case's key before it is stored. */
    static final class Text extends StepField {
        final TextFieldBase<?, String> input;

        Text(String name, boolean required, boolean note, StepContext context) {
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

    static final class Whole extends StepField {
        final IntegerField field = new IntegerField();
        final int min;
        final int max;

        Whole(String name, int min, int max, StepContext context) {
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

    static final class YesNo extends StepField {
        final Checkbox box = new Checkbox();

        YesNo(String name, StepContext context) {
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

    static final class Amount extends StepField {
        /** A business that earns nothing is reported as such: the case accepts an income of zero. */
        static final java.util.Set<String> MAY_BE_ZERO = java.util.Set.of("monthlyIncome");
        final MoneyField money;

        Amount(String name, boolean required, StepContext context) {
            super(name, required, context);
            money = new MoneyField(label(), context.t("field.amount"), context.t("field.currency"));
            money.amount.setValueChangeMode(ValueChangeMode.EAGER);
            money.addValueChangeListener(change -> validate());
            money.amount.addValueChangeListener(change -> validate());
            money.setRequiredIndicatorVisible(required);
        }

        Component component() {
            return money;
        }

        Object value() {
            return money.getValue();
        }

        @Override
        String problem() {
            Money value = money.getValue();
            if (value == null) {
                return money.amount.isEmpty() ? super.problem() : context.t("validation.amount");
            }
            if (value.amount() == null || value.currency() == null) {
                return context.t("validation.amountAndCurrency");
            }
            boolean zeroAllowed = MAY_BE_ZERO.contains(name);
            if (value.amount().signum() < 0 || value.amount().signum() == 0 && !zeroAllowed
                    || value.amount().stripTrailingZeros().scale() > 2
                    || value.amount().compareTo(Money.CEILING) >= 0) {
                return context.t("validation.amount");
            }
            return null;
        }

        void fill(Object json) {
            if (json instanceof Map<?, ?> map && map.get("amount") != null) {
                money.setValue(new Money(new BigDecimal(map.get("amount").toString()), String.valueOf(map.get("currency"))));
            } else {
                money.setValue(null);
            }
        }
    }

    /** The answers of a reintegration assessment: one choice per indicator of the scoring scheme. */
    static final class Answers extends StepField {
        final FormLayout layout = new FormLayout();
        final Map<String, ComboBox<String>> boxes = new LinkedHashMap<>();

        Answers(String name, StepContext context) {
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
}

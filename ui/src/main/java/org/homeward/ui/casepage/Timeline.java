package org.homeward.ui.casepage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.homeward.casefile.HistoryEntry;
import org.homeward.ui.cases.Countries;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * Every entry of a case's history, newest first: what happened and when, who recorded it and when, its fields in
 * the officer's language, and beside an entry the corrections made to it (a correction is an entry of its own too).
 */
class Timeline extends VerticalLayout {

    private static final Set<String> HIDDEN = Set.of("caseId", "effectiveOn", "correctedValues", "correctedEventId",
            "correctedEventType");

    private final StepContext context;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;

    Timeline(StepContext context) {
        this.context = context;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(context.locale());
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(context.locale()).withZone(ZoneId.systemDefault());
        setId("timeline");
        setPadding(false);
    }

    /** Shows the history; {@code correct} is called with an entry and its current (corrected) fields. */
    void show(List<HistoryEntry> history, boolean mayCorrect, BiConsumer<HistoryEntry, Map<String, Object>> correct) {
        removeAll();
        Map<String, List<HistoryEntry>> corrections = new HashMap<>();
        Map<String, HistoryEntry> byId = new HashMap<>();
        for (HistoryEntry entry : history) {
            byId.put(entry.eventId(), entry);
            if (entry.type().equals("EntryCorrected")) {
                corrections.computeIfAbsent((String) entry.payload().get("correctedEventId"), id -> new ArrayList<>()).add(entry);
            }
        }
        List<HistoryEntry> newestFirst = new ArrayList<>(history);
        java.util.Collections.reverse(newestFirst);
        for (HistoryEntry entry : newestFirst) {
            add(item(entry, corrections.getOrDefault(entry.eventId(), List.of()), byId, mayCorrect, correct));
        }
    }

    private Div item(HistoryEntry entry, List<HistoryEntry> itsCorrections, Map<String, HistoryEntry> byId,
                     boolean mayCorrect, BiConsumer<HistoryEntry, Map<String, Object>> correct) {
        Div item = new Div();
        item.setId("entry-" + entry.sequence());
        item.addClassNames("timeline-entry", LumoUtility.Padding.SMALL, LumoUtility.Border.LEFT,
                LumoUtility.BorderColor.CONTRAST_20, LumoUtility.Width.FULL, LumoUtility.BoxSizing.BORDER);
        H4 title = new H4(context.t("event." + entry.type()) + " · " + date.format(entry.effectiveOn()));
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.MEDIUM);
        HorizontalLayout head = new HorizontalLayout(title);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWidthFull();
        Map<String, Object> current = corrected(entry, itsCorrections);
        if (mayCorrect && EventTypes.correctable(entry.type())) {
            Button button = new Button(context.t("action.correct"), click -> correct.accept(entry, current));
            button.setId("correct-" + entry.sequence());
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            head.add(button);
        }
        item.add(head);
        Span recorded = new Span(context.t("timeline.recorded", dateTime.format(entry.recordedAt()),
                entry.recordedBy() == null ? "—" : entry.recordedBy()));
        recorded.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        item.add(new Div(recorded));
        Class<? extends Record> type = EventTypes.named(entry.type()).orElse(null);
        fields(type, entry.payload()).forEach((label, value) -> item.add(new Div(new Span(label + ": " + value))));
        if (entry.type().equals("EntryCorrected")) {
            HistoryEntry target = byId.get((String) entry.payload().get("correctedEventId"));
            String what = target == null ? "?" : context.t("event." + target.type()) + " · " + date.format(target.effectiveOn());
            Span corrects = new Span(context.t("timeline.corrects", what, context.t("enum.CorrectionReason." + entry.payload().get("reason"))));
            corrects.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            item.add(new Div(corrects));
            Class<? extends Record> targetType = target == null ? null : EventTypes.named(target.type()).orElse(null);
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) entry.payload().get("correctedValues");
            fields(targetType, values).forEach((label, value) -> item.add(new Div(new Span("→ " + label + ": " + value))));
        }
        for (HistoryEntry correction : itsCorrections) {
            Span note = new Span(context.t("timeline.correctedOn", dateTime.format(correction.recordedAt()),
                    correction.recordedBy() == null ? "—" : correction.recordedBy()));
            note.addClassNames("correction-note", LumoUtility.TextColor.WARNING, LumoUtility.FontSize.SMALL);
            item.add(new Div(note));
        }
        return item;
    }

    /** The entry's fields with every later correction applied, as a correction form starts from them. */
    static Map<String, Object> corrected(HistoryEntry entry, List<HistoryEntry> corrections) {
        Map<String, Object> current = new LinkedHashMap<>(entry.payload());
        for (HistoryEntry correction : corrections) {
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) correction.payload().get("correctedValues");
            current.putAll(values);
        }
        return current;
    }

    private Map<String, String> fields(Class<? extends Record> type, Map<String, Object> payload) {
        Map<String, String> shown = new LinkedHashMap<>();
        if (payload == null) {
            return shown;
        }
        payload.forEach((name, value) -> {
            if (HIDDEN.contains(name) || value == null || name.endsWith("Id") || value instanceof Collection<?> c && c.isEmpty()) {
                return;
            }
            shown.put(context.t("field." + name), format(type, name, value));
        });
        return shown;
    }

    private String format(Class<? extends Record> type, String name, Object value) {
        Class<?> fieldType = type == null ? null : EventTypes.fieldType(type, name).orElse(null);
        if (value instanceof Map<?, ?> map && map.containsKey("amount")) {
            return Amounts.format(map.get("amount"), String.valueOf(map.get("currency")), context.locale());
        }
        if (value instanceof Map<?, ?> map && map.containsKey("fullName")) {
            return String.valueOf(map.get("fullName")) + (map.get("phone") == null ? "" : " · " + map.get("phone"));
        }
        if (value instanceof Map<?, ?> map && "answers".equals(name)) {
            return map.size() + " " + context.t("timeline.answers");
        }
        if (value instanceof Map<?, ?> map) {
            // a small record inside the event, such as the consent given at the opening
            return String.join(", ", map.entrySet().stream().filter(entry -> entry.getValue() != null)
                    .map(entry -> context.t("field." + entry.getKey()) + ": " + format(null, entry.getKey().toString(), entry.getValue()))
                    .toList());
        }
        if (value instanceof Boolean yes) {
            return context.t(yes ? "value.yes" : "value.no");
        }
        if (value instanceof Collection<?> values) {
            Class<?> element = type == null ? null : EventTypes.elementType(type, name).orElse(null);
            return String.join(", ", values.stream().map(v -> element != null && element.isEnum()
                    ? context.t("enum." + element.getSimpleName() + "." + v)
                    : name.toLowerCase().contains("countr") ? Countries.name(v.toString(), context.locale())
                    : v.toString()).toList());
        }
        String text = value.toString();
        if (fieldType != null && fieldType.isEnum()) {
            return context.t("enum." + fieldType.getSimpleName() + "." + text);
        }
        if (fieldType == LocalDate.class || name.endsWith("On") && text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return date.format(LocalDate.parse(text));
        }
        if (name.toLowerCase().contains("countr") || name.equals("nationality")) {
            return Countries.name(text, context.locale());
        }
        return text;
    }
}

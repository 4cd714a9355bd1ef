package org.homeward.ui.replay;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.homeward.replay.Basis;
import org.homeward.replay.CaseAsOf;
import org.homeward.replay.CaseReplays;
import org.homeward.security.HomewardUser;
import org.homeward.ui.OfficersDay;
import org.homeward.ui.replay.ReplayView.StateField;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/** A case's state as of a date, on either basis, beside another date's, the fields that differ highlighted. */
final class AsOfComparison extends VerticalLayout {

    final DatePicker asOf = new DatePicker();
    final DatePicker compareWith = new DatePicker();
    final Select<Basis> basis = new Select<>();
    final StateGrid asOfState = new StateGrid("replay-as-of-state", true);
    final Paragraph asOfSummary = new Paragraph();

    private final CaseReplays replays;
    private final HomewardUser viewer;
    private final Locale locale;
    private UUID caseId;

    AsOfComparison(CaseReplays replays, HomewardUser viewer, Locale locale) {
        this.replays = replays;
        this.viewer = viewer;
        this.locale = locale;
        asOf.setId("replay-as-of");
        asOf.setLabel(getTranslation("replay.asOf"));
        compareWith.setId("replay-compare-with");
        compareWith.setLabel(getTranslation("replay.compareWith"));
        basis.setId("replay-basis");
        basis.setLabel(getTranslation("replay.basis"));
        basis.setItems(Basis.values());
        basis.setItemLabelGenerator(value -> getTranslation("replay.basis." + value.name()));
        basis.setValue(Basis.EFFECTIVE);
        asOf.addValueChangeListener(change -> showAsOf());
        compareWith.addValueChangeListener(change -> showAsOf());
        basis.addValueChangeListener(change -> showAsOf());
        asOfSummary.setId("replay-as-of-summary");

        FlexLayout asOfChoices = new FlexLayout(asOf, basis, compareWith);
        asOfChoices.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        asOfChoices.addClassName("replay-as-of-choices");
        add(new H3(getTranslation("replay.asOf.title")), new Paragraph(getTranslation("replay.asOf.about")), asOfChoices,
                asOfSummary, asOfState);
        setPadding(false);
    }

    /** Compares this case from now on, as of today to begin with. */
    void show(UUID caseId) {
        this.caseId = caseId;
        asOf.setValue(OfficersDay.today());
    }

    /** The state as of the chosen date (and beside it, the other date's), differing fields highlighted. */
    void showAsOf() {
        if (caseId == null || asOf.getValue() == null || basis.getValue() == null) {
            return;
        }
        CaseAsOf first = replays.asOf(caseId, viewer, asOf.getValue(), basis.getValue()).orElseThrow();
        CaseAsOf second = compareWith.getValue() == null ? null
                : replays.asOf(caseId, viewer, compareWith.getValue(), basis.getValue()).orElseThrow();
        Map<String, Object> a = first.state() == null ? Map.of() : CaseReplays.fields(first.state());
        Map<String, Object> b = second == null || second.state() == null ? Map.of() : CaseReplays.fields(second.state());
        Set<String> differing = second == null ? Set.of() : Set.copyOf(CaseReplays.changed(first.state(), second.state()));
        Set<String> names = new LinkedHashSet<>(a.keySet());
        names.addAll(b.keySet());
        List<StateField> fields = new ArrayList<>();
        names.removeAll(StateGrid.HIDDEN);
        names.forEach(field -> fields.add(new StateField(field, StateGrid.text(a.get(field)),
                second == null ? "" : StateGrid.text(b.get(field)), differing.contains(field))));
        asOfState.setItems(fields);
        asOfState.getColumnByKey("other").setVisible(second != null);
        asOfState.getColumnByKey("value").setHeader(label(first.asOf()));
        asOfState.getColumnByKey("other").setHeader(second == null ? "" : label(second.asOf()));
        asOfSummary.setText(first.state() == null ? getTranslation("replay.asOf.none." + basis.getValue().name())
                : getTranslation("replay.asOf.summary", first.events().size(), second == null ? 0 : differing.size()));
    }

    private String label(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
}

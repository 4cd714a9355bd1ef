package org.homeward.ui.replay;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.homeward.replay.Basis;
import org.homeward.replay.CaseAsOf;
import org.homeward.replay.CaseReplay;
import org.homeward.replay.CaseReplays;
import org.homeward.replay.ReplayReport;
import org.homeward.replay.ReplayStep;
import org.homeward.search.CaseQuery;
import org.homeward.search.CaseSearch;
import org.homeward.search.projection.CaseDocument;
import org.homeward.security.HomewardUser;
import org.homeward.ui.OfficersDay;
import org.homeward.ui.layout.MainLayout;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays a case for evaluators (and its office's officers and managers): the events in the order they were
 * recorded, stepping forward and back with the whole state after each step and what the step changed highlighted;
 * the state as of a date, on either basis, beside another date's; exports for an evaluation file. Pseudonymous.
 */
@Route(value = "replay/:caseId?", layout = MainLayout.class)
@RolesAllowed({"EVALUATOR", "MANAGER", "OFFICER"})
public class ReplayView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Technical fields of the read model that tell an evaluator nothing. */
    private static final Set<String> HIDDEN = Set.of("searchText", "caseId");

    /** One field of the case's state, with its value at one or two moments. */
    record StateField(String field, String value, String other, boolean highlighted) {
    }

    final TextField reference = new TextField();
    final Button open = new Button();
    final Grid<ReplayStep> steps = new Grid<>();
    final Button back = new Button();
    final Button forward = new Button();
    final Span position = new Span();
    final Grid<StateField> state = new Grid<>();
    final DatePicker asOf = new DatePicker();
    final DatePicker compareWith = new DatePicker();
    final Select<Basis> basis = new Select<>();
    final Grid<StateField> asOfState = new Grid<>();
    final Paragraph asOfSummary = new Paragraph();
    final VerticalLayout caseArea = new VerticalLayout();
    final Paragraph notFound = new Paragraph();

    private final CaseReplays replays;
    private final CaseSearch search;
    private final HomewardUser viewer;
    private final Locale locale;
    private final DateTimeFormatter dateTime;
    private volatile CaseReplay replay;
    private UUID caseId;

    public ReplayView(CaseReplays replays, CaseSearch search, AuthenticationContext authentication) {
        this.replays = replays;
        this.search = search;
        this.viewer = authentication.getAuthenticatedUser(HomewardUser.class).orElseThrow();
        this.locale = getLocale();
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.of("UTC"));

        reference.setId("replay-reference");
        reference.setLabel(getTranslation("replay.reference"));
        reference.setPlaceholder(getTranslation("replay.reference.placeholder"));
        open.setId("replay-open");
        open.setText(getTranslation("replay.open"));
        open.addThemeVariants(ButtonVariant.PRIMARY);
        open.addClickListener(click -> findByReference());
        open.addClickShortcut(Key.ENTER);
        HorizontalLayout lookup = new HorizontalLayout(reference, open);
        lookup.setAlignItems(Alignment.BASELINE);
        notFound.setId("replay-not-found");
        notFound.setVisible(false);

        configureSteps();
        configureStateGrid(state, "replay-state", false);
        configureStateGrid(asOfState, "replay-as-of-state", true);
        back.setId("replay-back");
        back.setText(getTranslation("replay.back"));
        back.addClickListener(click -> move(-1));
        forward.setId("replay-forward");
        forward.setText(getTranslation("replay.forward"));
        forward.addClickListener(click -> move(1));
        position.setId("replay-position");

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

        Anchor json = new Anchor(exportJson(), getTranslation("replay.export.json"));
        json.setId("replay-export-json");
        Anchor report = new Anchor(exportReport(), getTranslation("replay.export.report"));
        report.setId("replay-export-report");
        report.setTarget(AnchorTarget.BLANK);

        HorizontalLayout stepping = new HorizontalLayout(back, position, forward);
        stepping.setAlignItems(Alignment.CENTER);
        VerticalLayout history = new VerticalLayout(new H3(getTranslation("replay.history")), steps);
        history.setPadding(false);
        history.addClassName("replay-column");
        VerticalLayout after = new VerticalLayout(new H3(getTranslation("replay.stateAfter")), stepping, state);
        after.setPadding(false);
        after.addClassName("replay-column");
        FlexLayout columns = new FlexLayout(history, after);
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.addClassName("replay-columns");
        columns.setWidthFull();
        FlexLayout asOfChoices = new FlexLayout(asOf, basis, compareWith);
        asOfChoices.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        asOfChoices.addClassName("replay-as-of-choices");
        caseArea.add(new HorizontalLayout(json, report), columns, new H3(getTranslation("replay.asOf.title")),
                new Paragraph(getTranslation("replay.asOf.about")), asOfChoices, asOfSummary, asOfState);
        caseArea.setPadding(false);
        caseArea.setVisible(false);
        add(new H2(getTranslation("replay.title")), new Paragraph(getTranslation("replay.about")), lookup, notFound,
                caseArea);
    }

    private void configureSteps() {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        steps.setId("replay-steps");
        steps.addColumn(ReplayStep::step).setHeader("#").setKey("step").setAutoWidth(true).setFlexGrow(0);
        steps.addColumn(step -> step.event().effectiveOn() == null ? "" : date.format(step.event().effectiveOn()))
                .setHeader(getTranslation("replay.happened")).setKey("happened").setAutoWidth(true);
        steps.addColumn(step -> getTranslation("event." + step.event().type())
                        + (step.event().corrects() == null ? "" : " ↺"))
                .setHeader(getTranslation("replay.step")).setKey("type").setAutoWidth(true);
        steps.addColumn(step -> dateTime.format(step.event().recordedAt())).setHeader(getTranslation("replay.recorded"))
                .setKey("recorded").setAutoWidth(true);
        steps.addColumn(step -> Objects.toString(step.event().recordedBy(), "")).setHeader(getTranslation("replay.by"))
                .setKey("by").setAutoWidth(true);
        steps.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        steps.setHeight("28rem");
        steps.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                showStep(change.getValue());
            }
        });
    }

    private void configureStateGrid(Grid<StateField> grid, String id, boolean twoMoments) {
        grid.setId(id);
        grid.addColumn(field -> getTranslation("replay.field." + field.field())).setHeader(getTranslation("replay.field"))
                .setKey("field").setAutoWidth(true);
        grid.addColumn(StateField::value).setHeader(getTranslation("replay.value")).setKey("value");
        if (twoMoments) {
            grid.addColumn(StateField::other).setHeader(getTranslation("replay.otherValue")).setKey("other");
        }
        grid.setPartNameGenerator(field -> field.highlighted() ? "changed" : null);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addClassName("replay-state");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getRouteParameters().get("caseId");
        if (id.isEmpty()) {
            return;
        }
        try {
            load(UUID.fromString(id.get()));
        } catch (IllegalArgumentException unreadable) {
            showNotFound();
        }
    }

    private void findByReference() {
        String wanted = reference.getValue() == null ? "" : reference.getValue().strip();
        if (wanted.isEmpty()) {
            reference.setInvalid(true);
            reference.setErrorMessage(getTranslation("replay.reference.required"));
            return;
        }
        List<CaseDocument> found = search.page(viewer, new CaseQuery(wanted, null, null, null, null, null, null, null,
                null, null, null, null, null, null, false, 0, 10)).stream()
                .filter(document -> document.reference().equalsIgnoreCase(wanted)).toList();
        if (found.isEmpty()) {
            reference.setInvalid(true);
            reference.setErrorMessage(getTranslation("replay.reference.unknown"));
            return;
        }
        reference.setInvalid(false);
        getUI().ifPresent(ui -> ui.navigate(ReplayView.class, new RouteParameters("caseId", found.getFirst().caseId())));
    }

    void load(UUID id) {
        Optional<CaseReplay> found = replays.replay(id, viewer);
        if (found.isEmpty()) {
            showNotFound();
            return;
        }
        caseId = id;
        replay = found.get();
        notFound.setVisible(false);
        caseArea.setVisible(true);
        reference.setValue(replay.reference());
        steps.setItems(replay.steps());
        steps.select(replay.steps().getLast());
        asOf.setValue(OfficersDay.today());
    }

    private void showNotFound() {
        caseArea.setVisible(false);
        notFound.setText(getTranslation("replay.notFound"));
        notFound.setVisible(true);
    }

    /** One step back or forward. */
    void move(int by) {
        ReplayStep current = steps.asSingleSelect().getValue();
        int next = Math.clamp((current == null ? 0 : current.step()) + by, 0, replay.steps().size() - 1);
        steps.select(replay.steps().get(next));
        steps.scrollToIndex(next);
    }

    private void showStep(ReplayStep step) {
        Set<String> changed = Set.copyOf(step.changed());
        List<StateField> fields = new ArrayList<>();
        CaseReplays.fields(step.state()).forEach((field, value) -> {
            if (!HIDDEN.contains(field)) {
                fields.add(new StateField(field, text(value), null, changed.contains(field)));
            }
        });
        state.setItems(fields);
        position.setText(getTranslation("replay.position", step.step(), replay.steps().size() - 1,
                getTranslation("event." + step.event().type())));
        back.setEnabled(step.step() > 0);
        forward.setEnabled(step.step() < replay.steps().size() - 1);
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
        names.removeAll(HIDDEN);
        names.forEach(field -> fields.add(new StateField(field, text(a.get(field)), second == null ? "" : text(b.get(field)),
                differing.contains(field))));
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

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ReplayView::text).reduce((x, y) -> x + ", " + y).orElse("");
        }
        return String.valueOf(value);
    }

    private DownloadHandler exportJson() {
        return event -> {
            event.setFileName("case-" + replay.reference() + "-history.json");
            event.setContentType("application/json");
            event.getOutputStream().write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(replay));
        };
    }

    private DownloadHandler exportReport() {
        return event -> {
            event.inline("case-" + replay.reference() + "-history.html");
            event.setContentType("text/html;charset=UTF-8");
            event.getOutputStream().write(ReplayReport.html(replay).getBytes(StandardCharsets.UTF_8));
        };
    }

    CaseReplay replay() {
        return replay;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("replay.title");
    }
}

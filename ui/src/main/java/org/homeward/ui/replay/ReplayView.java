package org.homeward.ui.replay;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.homeward.replay.Basis;
import org.homeward.replay.CaseReplay;
import org.homeward.replay.CaseReplays;
import org.homeward.replay.ReplayReport;
import org.homeward.replay.ReplayStep;
import org.homeward.search.CaseSearch;
import org.homeward.security.HomewardUser;
import org.homeward.ui.layout.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replays a case for evaluators (and its office's officers and managers): the events in the order they were
 * recorded, stepping forward and back with the whole state after each step and what the step changed highlighted;
 * the state as of a date, on either basis, beside another date's; exports for an evaluation file. Pseudonymous.
 * Finding the case ({@link ReferenceLookup}), stepping through it ({@link StepThrough}) and the state as of a date
 * ({@link AsOfComparison}) are components of their own.
 */
@Route(value = "replay/:caseId?", layout = MainLayout.class)
@RolesAllowed({"EVALUATOR", "MANAGER", "OFFICER"})
public class ReplayView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One field of the case's state, with its value at one or two moments. */
    record StateField(String field, String value, String other, boolean highlighted) {
    }

    final TextField reference;
    final Button open;
    final Grid<ReplayStep> steps;
    final Button back;
    final Button forward;
    final Span position;
    final Grid<StateField> state;
    final DatePicker asOf;
    final DatePicker compareWith;
    final Select<Basis> basis;
    final Grid<StateField> asOfState;
    final Paragraph asOfSummary;
    final VerticalLayout caseArea = new VerticalLayout();
    final Paragraph notFound = new Paragraph();

    private final CaseReplays replays;
    private final HomewardUser viewer;
    private final ReferenceLookup lookup;
    private final StepThrough stepThrough;
    private final AsOfComparison comparison;
    private volatile CaseReplay replay;

    public ReplayView(CaseReplays replays, CaseSearch search, AuthenticationContext authentication) {
        this.replays = replays;
        this.viewer = authentication.getAuthenticatedUser(HomewardUser.class).orElseThrow();

        lookup = new ReferenceLookup(search, viewer);
        reference = lookup.reference;
        open = lookup.open;
        notFound.setId("replay-not-found");
        notFound.setVisible(false);

        stepThrough = new StepThrough(getLocale());
        steps = stepThrough.steps;
        back = stepThrough.back;
        forward = stepThrough.forward;
        position = stepThrough.position;
        state = stepThrough.state;

        comparison = new AsOfComparison(replays, viewer, getLocale());
        asOf = comparison.asOf;
        compareWith = comparison.compareWith;
        basis = comparison.basis;
        asOfState = comparison.asOfState;
        asOfSummary = comparison.asOfSummary;

        Anchor json = new Anchor(exportJson(), getTranslation("replay.export.json"));
        json.setId("replay-export-json");
        Anchor report = new Anchor(exportReport(), getTranslation("replay.export.report"));
        report.setId("replay-export-report");
        report.setTarget(AnchorTarget.BLANK);

        caseArea.add(new HorizontalLayout(json, report), stepThrough, comparison);
        caseArea.setPadding(false);
        caseArea.setVisible(false);
        add(new H2(getTranslation("replay.title")), new Paragraph(getTranslation("replay.about")), lookup, notFound,
                caseArea);
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

    void load(UUID id) {
        Optional<CaseReplay> found = replays.replay(id, viewer);
        if (found.isEmpty()) {
            showNotFound();
            return;
        }
        replay = found.get();
        notFound.setVisible(false);
        caseArea.setVisible(true);
        reference.setValue(replay.reference());
        stepThrough.show(replay);
        comparison.show(id);
    }

    private void showNotFound() {
        caseArea.setVisible(false);
        notFound.setText(getTranslation("replay.notFound"));
        notFound.setVisible(true);
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

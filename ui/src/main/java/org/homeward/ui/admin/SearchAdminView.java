package org.homeward.ui.admin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;

import org.homeward.search.SearchOperations;
import org.homeward.search.projection.ParkedEvents;
import org.homeward.search.projection.ParkedEvents.ParkedCase;
import org.homeward.search.rebuild.ProjectionRebuilds;
import org.homeward.search.rebuild.RebuildAlreadyRunning;
import org.homeward.search.rebuild.RebuildStatus;
import org.homeward.security.HomewardUser;
import org.homeward.ui.layout.MainLayout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * The search read models for admins: which index each alias serves, how far the projection trails the event store,
 * parked cases with a retry, and rebuilds with their progress (the page polls while one runs).
 */
@Route(value = "admin/search", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class SearchAdminView extends VerticalLayout implements HasDynamicTitle {

    private static final int POLL_MILLIS = 1_000;

    final Grid<SearchOperations.IndexState> indices = new Grid<>();
    final Span lag = new Span();
    final Span parkedCount = new Span();
    final Button rebuild = new Button();
    final ProgressBar progress = new ProgressBar(0, 100);
    final Span progressText = new Span();
    final Grid<ParkedCase> parked = new Grid<>();
    final Button retryAll = new Button();

    private final SearchOperations operations;
    private final ProjectionRebuilds rebuilds;
    private final ParkedEvents parkedEvents;
    private final HomewardUser admin;
    private final DateTimeFormatter time;
    private com.vaadin.flow.shared.Registration polling;

    public SearchAdminView(SearchOperations operations, ProjectionRebuilds rebuilds, ParkedEvents parkedEvents,
                           AuthenticationContext authentication) {
        this.operations = operations;
        this.rebuilds = rebuilds;
        this.parkedEvents = parkedEvents;
        this.admin = authentication.getAuthenticatedUser(HomewardUser.class).orElseThrow();
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneOffset.UTC);

        indices.setId("search-indices");
        indices.addColumn(SearchOperations.IndexState::family).setHeader(getTranslation("admin.search.family")).setKey("family");
        indices.addColumn(SearchOperations.IndexState::index).setHeader(getTranslation("admin.search.index")).setKey("index").setAutoWidth(true);
        indices.addColumn(state -> state.version() + (state.outdated() ? " → " + state.newestVersion() : ""))
                .setHeader(getTranslation("admin.search.version")).setKey("version");
        indices.addColumn(SearchOperations.IndexState::documents).setHeader(getTranslation("admin.search.documents")).setKey("documents");
        indices.setAllRowsVisible(true);
        indices.addThemeVariants(GridVariant.LUMO_COMPACT);

        lag.setId("projection-lag");
        parkedCount.setId("parked-count");
        rebuild.setText(getTranslation("admin.search.rebuild"));
        rebuild.setId("start-rebuild");
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(click -> startRebuild());
        progress.setId("rebuild-progress");
        progressText.setId("rebuild-progress-text");

        parked.setId("parked-cases");
        parked.addColumn(ParkedCase::caseId).setHeader(getTranslation("admin.search.case")).setKey("caseId").setAutoWidth(true);
        parked.addColumn(ParkedCase::events).setHeader(getTranslation("admin.search.parkedEvents")).setKey("events");
        parked.addColumn(ParkedCase::firstEventType).setHeader(getTranslation("admin.search.firstEvent")).setKey("firstEventType");
        parked.addColumn(ParkedCase::cause).setHeader(getTranslation("admin.search.cause")).setKey("cause").setFlexGrow(3);
        parked.addColumn(p -> p.parkedAt() == null ? "" : time.format(p.parkedAt())).setHeader(getTranslation("admin.search.parkedAt")).setKey("parkedAt");
        parked.addComponentColumn(p -> {
            Button retry = new Button(getTranslation("admin.search.retry"), click -> retry(p.caseId()));
            retry.setId("retry-" + p.caseId());
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return retry;
        }).setKey("retry");
        parked.setAllRowsVisible(true);
        parked.setEmptyStateText(getTranslation("admin.search.nothingParked"));
        retryAll.setText(getTranslation("admin.search.retryAll"));
        retryAll.setId("retry-all");
        retryAll.addClickListener(click -> {
            long still = parkedEvents.retryAll();
            notify(getTranslation("admin.search.retriedAll", still), still == 0);
            refresh();
        });

        add(new H2(getTranslation("admin.search.title")), indices, new HorizontalLayout(lag, parkedCount),
                new H3(getTranslation("admin.search.rebuilds")), new Span(getTranslation("admin.search.rebuildHelp")),
                rebuild, progress, progressText,
                new H3(getTranslation("admin.search.parked")), retryAll, parked);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        polling = attachEvent.getUI().addPollListener(poll -> refresh());
        attachEvent.getUI().setPollInterval(running().isPresent() ? POLL_MILLIS : -1);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    private Optional<RebuildStatus> running() {
        return rebuilds.running();
    }

    void startRebuild() {
        try {
            RebuildStatus started = rebuilds.start(List.of(), admin.getUsername());
            notify(getTranslation("admin.search.rebuildStarted", started.eventsTotal()), true);
            getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
        } catch (RebuildAlreadyRunning running) {
            notify(getTranslation("admin.search.rebuildRunning"), false);
        }
        refresh();
    }

    void retry(String caseId) {
        boolean cleared = parkedEvents.retry(caseId);
        notify(getTranslation(cleared ? "admin.search.retried" : "admin.search.stillParked"), cleared);
        refresh();
    }

    /** Reads the state again; stops polling once no rebuild runs. */
    void refresh() {
        SearchOperations.State state = operations.state();
        indices.setItems(state.indices());
        lag.setText(getTranslation("admin.search.lag", state.projectionLag()));
        parkedCount.setText(getTranslation("admin.search.parkedCount", state.parkedEvents()));
        parked.setItems(parkedEvents.list());
        retryAll.setEnabled(state.parkedEvents() > 0);
        RebuildStatus rebuildStatus = state.rebuild();
        // A row left RUNNING by a node that stopped is not running: only a fresh heartbeat counts.
        boolean runningNow = running().isPresent();
        rebuild.setEnabled(!runningNow);
        progress.setVisible(rebuildStatus != null);
        if (rebuildStatus == null) {
            progressText.setText(getTranslation("admin.search.noRebuild"));
        } else {
            progress.setValue(rebuildStatus.percentDone());
            progressText.setText(getTranslation("admin.search.rebuildState." + rebuildStatus.state(),
                    rebuildStatus.eventsDone(), rebuildStatus.eventsTotal(), Math.round(rebuildStatus.eventsPerSecond()),
                    rebuildStatus.secondsLeft() == null ? "–" : rebuildStatus.secondsLeft(),
                    rebuildStatus.startedBy(), time.format(rebuildStatus.startedAt()),
                    rebuildStatus.failure() == null ? "" : rebuildStatus.failure()));
        }
        if (!runningNow) {
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    private void notify(String message, boolean success) {
        Notification notification = Notification.show(message, 5_000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.search.title");
    }
}

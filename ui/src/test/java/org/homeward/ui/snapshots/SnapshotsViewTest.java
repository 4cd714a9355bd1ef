package org.homeward.ui.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.homeward.search.CaseSearch;
import org.homeward.snapshot.PortfolioSnapshot;
import org.homeward.snapshot.PortfolioSnapshots;
import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.CaseJourneys;
import org.homeward.testsupport.CaseJourneys.Profile;
import org.homeward.testsupport.CaseJourneys.RecordedCase;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.homeward.ui.outcomes.OutcomesView;
import org.homeward.ui.search.SearchView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * An evaluator of the Kathmandu office (no other UI test records there) builds a snapshot in the view, opens the
 * dashboard and the search on it while the live data moves on, and deletes it.
 */
@IntegrationTest
class SnapshotsViewTest extends SpringBrowserlessTest {

    private static final String OFFICER = TestUsers.KATHMANDU_OFFICER;

    @LocalServerPort
    int port;
    @Autowired
    CaseSearch search;
    @Autowired
    PortfolioSnapshots snapshots;

    @Test
    @WithUserDetails(TestUsers.KATHMANDU_EVALUATOR)
    void anEvaluatorBuildsASnapshotReadsItAndDeletesIt() {
        CaseJourneys journeys = new CaseJourneys(new ApiClient(port));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        RecordedCase before = journeys.journey(new Profile("KTM", OFFICER, "FEMALE", 1994, "NP", "MM",
                today.minusMonths(3).toString(), true, null));
        awaitIndexed(before);

        SnapshotsView view = navigate(SnapshotsView.class);
        int listed = test(view.snapshots).size();
        test(view.asKnownOn).setValue(today);
        test(view.build).click();
        assertThat(view.name.isInvalid()).as("a name is required").isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Give the snapshot a name");
        assertThat(test(view.snapshots).size()).as("nothing built").isEqualTo(listed);

        String name = "Kathmandu baseline " + UUID.randomUUID().toString().substring(0, 8);
        test(view.name).setValue(name);
        test(view.build).click();
        assertThat(view.name.isInvalid()).as(view.name.getErrorMessage() + " / " + view.asKnownOn.getErrorMessage()).isFalse();
        PortfolioSnapshot built = awaitReady(name);
        view.refresh();
        int row = rowOf(view, name);
        assertThat(test(view.snapshots).getCellText(row, test(view.snapshots).getColumnPosition("builtBy")))
                .isEqualTo(TestUsers.KATHMANDU_EVALUATOR);
        assertThat(test(view.snapshots).getCellComponent(row, "state").getElement().getTextRecursively()).isEqualTo("Ready");

        // the same name again is refused
        test(view.name).setValue(name.toUpperCase());
        test(view.asKnownOn).setValue(today.minusDays(1));
        test(view.build).click();
        assertThat(view.name.getErrorMessage()).isEqualTo("Another snapshot has this name");

        // the live data moves on; the snapshot does not
        RecordedCase after = journeys.journey(new Profile("KTM", OFFICER, "MALE", 1992, "NP", "KH",
                today.minusMonths(1).toString(), false, null));
        awaitIndexed(after);
        navigate(OutcomesView.class);
        assertThat(figure("activeCases")).startsWith("2");
        UI.getCurrent().navigate(OutcomesView.class, QueryParameters.of(SnapshotChoice.PARAMETER, built.id().toString()));
        @SuppressWarnings("unchecked")
        Select<PortfolioSnapshot> source = $(Select.class).id("data-source");
        assertThat(source.getValue()).isEqualTo(built);
        assertThat($(Paragraph.class).id("snapshot-notice").getText()).contains(name, TestUsers.KATHMANDU_EVALUATOR);
        assertThat(figure("activeCases")).startsWith("1");
        RouterLink toCases = $(RouterLink.class).id("link-activeCases");
        assertThat(toCases.getHref()).contains("snapshot=" + built.id());

        UI.getCurrent().navigate(SearchView.class, QueryParameters.of(SnapshotChoice.PARAMETER, built.id().toString()));
        SearchView searchView = (SearchView) getCurrentView();
        assertThat($(Select.class).id("data-source").getValue()).isEqualTo(built);
        assertThat(references(searchView)).containsExactly(reference(before));
        assertThat(searchView.getElement().getOuterHTML()).doesNotContain("Test Person Searchable", "555 0199");
        source = $(Select.class).id("data-source");
        source.setValue(null); // the empty choice: live data
        searchView = (SearchView) getCurrentView();
        assertThat(references(searchView)).containsExactlyInAnyOrder(reference(before), reference(after));

        // an address naming no ready snapshot shows the live data
        UI.getCurrent().navigate(OutcomesView.class, QueryParameters.of(SnapshotChoice.PARAMETER, UUID.randomUUID().toString()));
        assertThat($(Paragraph.class).withId("snapshot-notice").exists()).as("no snapshot notice").isFalse();
        assertThat(figure("activeCases")).startsWith("2");

        SnapshotsView again = navigate(SnapshotsView.class);
        Button delete = test(again.snapshots).getCellComponent(rowOf(again, name), "actions").getChildren()
                .filter(Button.class::isInstance).map(Button.class::cast).findFirst().orElseThrow();
        assertThat(delete.getId()).contains("delete-" + built.id());
        test(delete).click();
        test($(Button.class).id("confirm-delete-yes")).click();
        assertThat(snapshots.find(built.id())).isEmpty();
        assertThat(IntStream.range(0, test(again.snapshots).size()).mapToObj(index -> test(again.snapshots)
                .getCellText(index, test(again.snapshots).getColumnPosition("name")))).doesNotContain(name);
    }

    @Test
    @WithUserDetails(TestUsers.KATHMANDU_OFFICER)
    void officersHaveNoSnapshots() {
        UI.getCurrent().navigate(SnapshotsView.class);
        assertThat(getCurrentView()).isNotInstanceOf(SnapshotsView.class);
    }

    private String figure(String name) {
        Div card = $(Div.class).id("figure-" + name);
        return card.getChildren().filter(Span.class::isInstance).map(span -> ((Span) span).getText()).findFirst().orElse("");
    }

    private int rowOf(SnapshotsView view, String name) {
        var grid = test(view.snapshots);
        int column = grid.getColumnPosition("name");
        return IntStream.range(0, grid.size()).filter(row -> grid.getCellText(row, column).equals(name)).findFirst()
                .orElseThrow();
    }

    private List<String> references(SearchView view) {
        @SuppressWarnings("unchecked")
        var grid = test((com.vaadin.flow.component.grid.Grid<Object>) $(com.vaadin.flow.component.grid.Grid.class, view).id("search-results"));
        int column = grid.getColumnPosition("reference");
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellText(row, column)).toList();
    }

    private String reference(RecordedCase recorded) {
        return new ApiClient(port).get(recorded.path(), OFFICER).json().get("reference").asString();
    }

    private void awaitIndexed(RecordedCase recorded) {
        assertThat(search.awaitIndexed(UUID.fromString(recorded.caseId()), recorded.lastEventId(), Duration.ofSeconds(30))).isTrue();
    }

    private PortfolioSnapshot awaitReady(String name) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            PortfolioSnapshot found = snapshots.list().stream().filter(snapshot -> snapshot.name().equals(name))
                    .findFirst().orElseThrow();
            if (found.ready()) {
                return found;
            }
            assertThat(found.state()).isEqualTo(PortfolioSnapshot.State.BUILDING);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Snapshot " + name + " not ready within a minute");
    }
}

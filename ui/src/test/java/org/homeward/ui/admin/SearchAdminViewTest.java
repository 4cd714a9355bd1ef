package org.homeward.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.homeward.search.CaseSearch;
import org.homeward.search.projection.ParkedEvents;
import org.homeward.search.rebuild.ProjectionRebuilds;
import org.homeward.search.rebuild.RebuildStatus;
import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.CaseJourneys;
import org.homeward.testsupport.CaseJourneys.Profile;
import org.homeward.testsupport.CaseJourneys.RecordedCase;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.ProjectionFaults;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;

@IntegrationTest
class SearchAdminViewTest extends SpringBrowserlessTest {

    @LocalServerPort
    int port;
    @Autowired
    ProjectionRebuilds rebuilds;
    @Autowired
    ParkedEvents parked;
    @Autowired
    ProjectionFaults faults;
    @Autowired
    CaseSearch search;

    @AfterEach
    void fix() {
        faults.fixAll();
    }

    @Test
    @WithUserDetails(TestUsers.ADMIN)
    void showsTheIndicesAndRebuildsThemWithProgress() {
        SearchAdminView view = navigate(SearchAdminView.class);
        var indices = test(view.indices);
        assertThat(indices.size()).isEqualTo(3);
        assertThat(indices.getCellText(0, indices.getColumnPosition("family"))).isEqualTo("cases");
        assertThat(view.lag.getText()).startsWith("Projection lag: ");

        test(view.rebuild).click();
        RebuildStatus done = await().atMost(Duration.ofSeconds(60)).until(
                () -> rebuilds.recent(1).getFirst(), status -> status.state() != RebuildStatus.State.RUNNING);
        assertThat(done.state()).isEqualTo(RebuildStatus.State.COMPLETED);
        assertThat(done.startedBy()).isEqualTo(TestUsers.ADMIN);
        view.refresh();
        assertThat(view.progressText.getText()).startsWith("Completed: " + done.eventsDone() + " of " + done.eventsTotal());
        assertThat(view.progress.getValue()).isEqualTo(100);
        assertThat(view.rebuild.isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails(TestUsers.ADMIN)
    void retriesAParkedCase() {
        CaseJourneys journeys = new CaseJourneys(new ApiClient(port));
        RecordedCase flaky = journeys.journey(new Profile("JKT", TestUsers.JAKARTA_OFFICER, "FEMALE", 1996, "ID", "MM",
                "2026-01-20", false, null));
        assertThat(search.awaitIndexed(UUID.fromString(flaky.caseId()), flaky.lastEventId(), Duration.ofSeconds(30))).isTrue();
        faults.failFor(flaky.caseId());
        journeys.step(flaky, TestUsers.JAKARTA_OFFICER, "/social-support", """
                {"kind": "PEER_SUPPORT_GROUP", "providedOn": "2026-02-02"}""");
        await().atMost(Duration.ofSeconds(30)).until(() -> parked.isParked(flaky.caseId()));

        SearchAdminView view = navigate(SearchAdminView.class);
        var grid = test(view.parked);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, grid.getColumnPosition("firstEventType"))).isEqualTo("SocialSupportProvided");
        assertThat(view.parkedCount.getText()).isEqualTo("Parked events: 1");

        faults.fixAll();
        Button retry = (Button) grid.getCellComponent(0, "retry");
        assertThat(retry.getId()).contains("retry-" + flaky.caseId());
        test(retry).click();
        assertThat(parked.isParked(flaky.caseId())).isFalse();
        assertThat(test(view.parked).size()).isZero();
        assertThat(search.awaitIndexed(UUID.fromString(flaky.caseId()), flaky.lastEventId(), Duration.ofSeconds(10))).isTrue();
    }
}

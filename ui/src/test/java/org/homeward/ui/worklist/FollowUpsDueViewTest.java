package org.homeward.ui.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.IntStream;

import org.homeward.search.CaseSearch;
import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The worklist over Kampala cases (no other UI test uses that office). */
@IntegrationTest
class FollowUpsDueViewTest extends SpringBrowserlessTest {

    @LocalServerPort
    int port;
    @Autowired
    CaseSearch search;
    @Autowired
    org.homeward.search.FollowUpWorklist worklist;
    @Autowired
    org.homeward.security.UserAccounts accounts;

    private long dueFor(String officer) {
        return worklist.count(accounts.loadUserByUsername(officer), true, LocalDate.now());
    }

    private String returnedDaysAgo(int days) {
        ApiClient api = new ApiClient(port);
        String caseId = api.post("/api/cases", TestUsers.KAMPALA_OFFICER, ApiClient.newCaseJson("Worklist Person", "KLA"))
                .json().get("caseId").asString();
        ApiClient.Response returned = api.post("/api/cases/" + caseId + "/returned-home", TestUsers.KAMPALA_OFFICER, """
                {"returnedOn": "%s", "province": "Somewhere"}""".formatted(LocalDate.now().minusDays(days)));
        assertThat(returned.status()).as(returned.body()).isEqualTo(201);
        assertThat(search.awaitIndexed(UUID.fromString(caseId), returned.json().get("eventId").asString(),
                Duration.ofSeconds(30))).isTrue();
        return caseId;
    }

    private java.util.List<String> rows(FollowUpsDueView view, String column) {
        var grid = test(view.grid);
        int position = grid.getColumnPosition(column);
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellText(row, position)).toList();
    }

    @Test
    @WithUserDetails(TestUsers.KAMPALA_OFFICER)
    void recordsACheckInAndAMissedContactFromTheList() {
        long before = dueFor(TestUsers.KAMPALA_OFFICER);
        String overdue = returnedDaysAgo(200);
        returnedDaysAgo(2);

        FollowUpsDueView view = navigate(FollowUpsDueView.class);
        // 200 days after the return: the 1-, 3- and 6-month follow-ups are overdue; 2 days after, nothing is due yet.
        assertThat(view.total.getText()).isEqualTo("Due this week or overdue: " + (before + 3));
        assertThat(rows(view, "state")).first().asString().startsWith("Overdue by ");
        assertThat(rows(view, "dueOn")).hasSize((int) before + 3);

        HorizontalLayout first = (HorizontalLayout) test(view.grid).getCellComponent(0, "actions");
        Button checkIn = (Button) first.getComponentAt(0);
        assertThat(checkIn.getId()).hasValueSatisfying(id -> assertThat(id).startsWith("check-in-"));
        test(checkIn).click();
        assertThat(view.total.getText()).as("the row leaves at once").isEqualTo("Due this week or overdue: " + (before + 2));

        HorizontalLayout next = (HorizontalLayout) test(view.grid).getCellComponent(0, "actions");
        test((Button) next.getComponentAt(1)).click();
        assertThat(view.total.getText()).isEqualTo("Due this week or overdue: " + (before + 1));
        assertThat(new ApiClient(port).get("/api/cases/" + overdue, TestUsers.KAMPALA_OFFICER).json().get("followUps")
                .valueStream().map(f -> f.get("status").asString()).toList()).contains("COMPLETED", "MISSED");
    }

    @Test
    @WithUserDetails(TestUsers.SECOND_KAMPALA_OFFICER)
    void anotherOfficersCasesShowOnlyWhenAsked() {
        returnedDaysAgo(100);
        FollowUpsDueView view = navigate(FollowUpsDueView.class);
        assertThat(view.total.getText()).isEqualTo("Due this week or overdue: 0");
        test(view.onlyMine).click();
        assertThat(test(view.grid).size()).isPositive();
    }
}

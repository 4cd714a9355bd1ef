package org.homeward.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.homeward.casefile.followup.FollowUpPlan;
import org.homeward.security.HomewardUser;
import org.homeward.security.UserAccounts;
import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.CaseJourneys;
import org.homeward.testsupport.CaseJourneys.Profile;
import org.homeward.testsupport.CaseJourneys.RecordedCase;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The follow-up worklist over cases of the Kampala office, which no other test uses, recorded through the API with
 * the default plan (1, 3, 6, 12, 18 and 24 months after the return). Each test records its own cases and checks their
 * rows; whatever the office holds, the count always equals the rows.
 */
@IntegrationTest
class FollowUpWorklistTest {

    /** A Wednesday: its ISO week ends on Sunday 22 November 2026. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private static final String OFFICER = TestUsers.KAMPALA_OFFICER;
    private static final Comparator<DueFollowUp> MOST_OVERDUE_FIRST = Comparator.comparing(DueFollowUp::dueOn)
            .thenComparing(row -> row.reference().toLowerCase(Locale.ROOT));

    @LocalServerPort
    int port;
    @Autowired
    FollowUpWorklist worklist;
    @Autowired
    CaseSearch search;
    @Autowired
    UserAccounts users;

    ApiClient api;
    CaseJourneys journeys;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        journeys = new CaseJourneys(api);
    }

    /** A case of the Kampala office opened by {@code officer} (so assigned to them), home on {@code returnedOn}. */
    private RecordedCase returnedHome(String officer, String returnedOn) {
        RecordedCase recorded = journeys.journey(new Profile("KLA", officer, "FEMALE", 1995, "UG", "MM", returnedOn,
                false, null));
        awaitIndexed(recorded);
        return recorded;
    }

    private void awaitIndexed(RecordedCase recorded) {
        assertThat(search.awaitIndexed(caseId(recorded), recorded.lastEventId(), Duration.ofSeconds(30)))
                .as("read-your-writes").isTrue();
    }

    private static UUID caseId(RecordedCase recorded) {
        return UUID.fromString(recorded.caseId());
    }

    private static UUID planned(RecordedCase recorded, int month) {
        return FollowUpPlan.followUpId(caseId(recorded), month);
    }

    /** Every row the user sees, checked against the count and the order. */
    private List<DueFollowUp> rows(String username, boolean onlyMine) {
        HomewardUser viewer = users.loadUserByUsername(username);
        List<DueFollowUp> rows = worklist.due(viewer, onlyMine, TODAY, 0, FollowUpWorklist.MOST_CASES);
        assertThat(worklist.count(viewer, onlyMine, TODAY)).as("count == rows").isEqualTo(rows.size());
        assertThat(rows).isSortedAccordingTo(MOST_OVERDUE_FIRST);
        return rows;
    }

    private static List<DueFollowUp> of(RecordedCase recorded, List<DueFollowUp> rows) {
        return rows.stream().filter(row -> row.caseId().equals(caseId(recorded))).toList();
    }

    private String reference(RecordedCase recorded) {
        return api.get(recorded.path(), OFFICER).json().get("reference").asString();
    }

    @Test
    @DisplayName("a case home long ago lists its overdue follow-ups first, one row each; a case home this month has none due yet")
    void overdueFirstAndNothingBeforeItIsDue() {
        RecordedCase longAgo = returnedHome(OFFICER, "2026-01-15");
        RecordedCase recently = returnedHome(OFFICER, "2026-11-10");
        RecordedCase withinGrace = returnedHome(OFFICER, "2026-10-15");
        RecordedCase dueThisWeek = returnedHome(OFFICER, "2026-10-20");

        List<DueFollowUp> rows = rows(OFFICER, false);

        List<DueFollowUp> overdue = of(longAgo, rows);
        assertThat(overdue).extracting(DueFollowUp::followUpId)
                .containsExactly(planned(longAgo, 1), planned(longAgo, 3), planned(longAgo, 6));
        assertThat(overdue).extracting(row -> row.dueOn().toString()).containsExactly("2026-02-15", "2026-04-15", "2026-07-15");
        assertThat(overdue).extracting(DueFollowUp::purpose).containsExactly("CHECK_IN", "CHECK_IN", "REINTEGRATION_ASSESSMENT");
        assertThat(overdue).extracting(DueFollowUp::daysOverdue).containsExactly(276L, 217L, 126L);
        assertThat(overdue).allSatisfy(row -> {
            assertThat(row.overdue()).isTrue();
            assertThat(row.reference()).isEqualTo(reference(longAgo));
            assertThat(row.office()).isEqualTo("KLA");
            assertThat(row.officer()).isEqualTo(OFFICER);
            assertThat(row.lastContactOn()).isNull();
            assertThat(row.flags()).isEmpty();
        });
        assertThat(of(recently, rows)).as("first due on 2026-12-10").isEmpty();
        assertThat(of(withinGrace, rows)).singleElement().satisfies(row -> {
            assertThat(row.dueOn()).isEqualTo("2026-11-15");
            assertThat(row.daysOverdue()).isEqualTo(3);
            assertThat(row.overdue()).as("still within the 7 days of grace").isFalse();
        });
        assertThat(of(dueThisWeek, rows)).singleElement().satisfies(row -> {
            assertThat(row.dueOn()).as("Friday of this week").isEqualTo("2026-11-20");
            assertThat(row.daysOverdue()).isZero();
            assertThat(row.overdue()).isFalse();
        });
        assertThat(rows.indexOf(overdue.getLast())).isLessThan(rows.indexOf(of(withinGrace, rows).getFirst()));

        HomewardUser viewer = users.loadUserByUsername(OFFICER);
        assertThat(worklist.due(viewer, false, TODAY, 1, 3)).as("a page of rows").isEqualTo(rows.subList(1, 4));
        assertThat(worklist.due(viewer, false, TODAY, rows.size(), 10)).isEmpty();
        assertThat(worklist.due(viewer, false, TODAY, 0, 0)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> worklist.due(viewer, false, TODAY, -1, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> worklist.due(viewer, false, TODAY, 9_995, 10));
    }

    @Test
    @DisplayName("completing a follow-up takes its row off the list as soon as it is indexed")
    void completingRemovesTheRow() {
        RecordedCase recorded = returnedHome(OFFICER, "2026-01-15");
        assertThat(of(recorded, rows(OFFICER, false))).extracting(DueFollowUp::followUpId).contains(planned(recorded, 1));

        journeys.step(recorded, OFFICER, "/follow-ups/" + planned(recorded, 1) + "/completion", """
                {"mode": "HOME_VISIT", "completedOn": "2026-11-17"}""");
        awaitIndexed(recorded);

        List<DueFollowUp> left = of(recorded, rows(OFFICER, false));
        assertThat(left).extracting(DueFollowUp::followUpId).containsExactly(planned(recorded, 3), planned(recorded, 6));
        assertThat(left).allSatisfy(row -> assertThat(row.lastContactOn()).isEqualTo("2026-11-17"));
    }

    @Test
    @DisplayName("closing the case takes all its rows off the list; reopening it brings none back")
    void closingRemovesEveryRow() {
        RecordedCase recorded = returnedHome(OFFICER, "2026-01-15");
        assertThat(of(recorded, rows(OFFICER, false))).hasSize(3);

        journeys.step(recorded, OFFICER, "/closure", """
                {"reason": "REINTEGRATED", "closedOn": "2026-11-17"}""");
        awaitIndexed(recorded);
        assertThat(of(recorded, rows(OFFICER, false))).isEmpty();

        journeys.step(recorded, OFFICER, "/reopening", """
                {"reason": "NEW_NEEDS", "reopenedOn": "2026-11-18"}""");
        awaitIndexed(recorded);
        assertThat(of(recorded, rows(OFFICER, false))).as("the cancelled follow-ups stay cancelled").isEmpty();
    }

    @Test
    @DisplayName("only mine: the cases assigned to the viewer; without it, every case of the viewer's offices")
    void onlyMine() {
        RecordedCase mine = returnedHome(OFFICER, "2026-01-15");
        RecordedCase colleagues = returnedHome(TestUsers.SECOND_KAMPALA_OFFICER, "2026-01-15");

        List<DueFollowUp> myRows = rows(OFFICER, true);
        assertThat(myRows).isNotEmpty().allSatisfy(row -> assertThat(row.officer()).isEqualTo(OFFICER));
        assertThat(of(mine, myRows)).hasSize(3);
        assertThat(of(colleagues, myRows)).isEmpty();

        List<DueFollowUp> theirs = rows(TestUsers.SECOND_KAMPALA_OFFICER, true);
        assertThat(theirs).allSatisfy(row -> assertThat(row.officer()).isEqualTo(TestUsers.SECOND_KAMPALA_OFFICER));
        assertThat(of(colleagues, theirs)).hasSize(3);

        List<DueFollowUp> office = rows(OFFICER, false);
        assertThat(of(mine, office)).hasSize(3);
        assertThat(of(colleagues, office)).hasSize(3);
        assertThat(office.size()).isEqualTo(myRows.size() + theirs.size());
    }

    @Test
    @DisplayName("another office sees none of them")
    void anotherOfficeSeesNothing() {
        RecordedCase recorded = returnedHome(OFFICER, "2026-01-15");
        assertThat(of(recorded, rows(OFFICER, false))).hasSize(3);

        for (String outsider : List.of(TestUsers.NAIROBI_OFFICER, TestUsers.MANILA_OFFICER, TestUsers.ADMIN)) {
            assertThat(rows(outsider, false)).as(outsider).allSatisfy(row -> assertThat(row.office()).isNotEqualTo("KLA"));
            assertThat(rows(outsider, true)).as(outsider).allSatisfy(row -> assertThat(row.office()).isNotEqualTo("KLA"));
        }
    }
}

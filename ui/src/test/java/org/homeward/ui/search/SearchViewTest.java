package org.homeward.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.homeward.search.CaseSearch;
import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.CaseJourneys;
import org.homeward.testsupport.CaseJourneys.Profile;
import org.homeward.testsupport.CaseJourneys.RecordedCase;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;

/** The search view over three Manila cases (no other UI test uses that office), so counts are exact. */
@IntegrationTest
class SearchViewTest extends SpringBrowserlessTest {

    private static List<RecordedCase> manila;

    @LocalServerPort
    int port;
    @Autowired
    CaseSearch search;

    @BeforeEach
    void recordManilaOnce() {
        if (manila != null) {
            return;
        }
        ApiClient api = new ApiClient(port);
        CaseJourneys journeys = new CaseJourneys(api);
        String officer = TestUsers.MANILA_OFFICER;
        manila = List.of(
                journeys.journey(new Profile("MNL", officer, "FEMALE", 1998, "PH", "KH", "2026-02-10", true, "2026-03-01")),
                journeys.journey(new Profile("MNL", officer, "MALE", 1990, "PH", "MM", "2026-05-15", false, "2026-12-30")),
                journeys.journey(new Profile("MNL", officer, "FEMALE", 2001, "ID", "MM", null, false, null)));
        manila.forEach(recorded -> assertThat(search.awaitIndexed(UUID.fromString(recorded.caseId()),
                recorded.lastEventId(), Duration.ofSeconds(30))).isTrue());
    }

    private static List<String> references(SearchView view, com.vaadin.browserless.SpringBrowserlessTest test) {
        var grid = test.test(view.grid);
        int column = grid.getColumnPosition("reference");
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellText(row, column)).toList();
    }

    @Test
    @WithUserDetails(TestUsers.MANILA_OFFICER)
    void filtersShowHowManyCasesEachChoiceGives() {
        SearchView view = navigate(SearchView.class);
        assertThat(view.total.getText()).isEqualTo("Cases found: 3");
        assertThat(references(view, this)).hasSize(3);

        var nationality = test(view.facets.get("nationality"));
        assertThat(nationality.getSuggestions()).containsExactlyInAnyOrder("Philippines (2)", "Indonesia (1)");
        nationality.selectItem("Philippines (2)");
        assertThat(view.total.getText()).isEqualTo("Cases found: 2");
        assertThat(references(view, this)).hasSize(2);
        assertThat(test(view.facets.get("sex")).getSuggestions()).containsExactlyInAnyOrder("Female (1)", "Male (1)");
        assertThat(test(view.facets.get("exploitationCountry")).getSuggestions())
                .containsExactlyInAnyOrder("Cambodia (1)", "Myanmar (Burma) (1)");

        // both are overdue: the second's follow-up due 2026-12-30 is still ahead, but the one-month follow-up of the
        // programme's plan, scheduled with its return on 2026-05-15, is long past
        test(view.overdue).selectItem("Overdue (2)");
        assertThat(view.total.getText()).isEqualTo("Cases found: 2");
        String overdueReference = references(view, this).getFirst();
        assertThat(test(view.grid).getCellText(0, test(view.grid).getColumnPosition("flags"))).isEmpty();
        assertThat(overdueReference).startsWith("MNL-");

        test(view.text).setValue("no-such-reference");
        assertThat(view.total.getText()).isEqualTo("Cases found: 0");
        assertThat(view.getElement().getOuterHTML()).doesNotContain("Test Person Searchable");
    }

    @Test
    @WithUserDetails(TestUsers.NAIROBI_OFFICER)
    void anotherOfficeSeesNoneOfThem() {
        SearchView view = navigate(SearchView.class);
        assertThat(references(view, this)).noneMatch(reference -> reference.startsWith("MNL-"));
        assertThat(test(view.facets.get("office")).getSuggestions()).noneMatch(label -> label.startsWith("MNL"));
    }
}

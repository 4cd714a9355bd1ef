package org.homeward.ui.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.homeward.casefile.assessment.ScoringSchemes;
import org.homeward.outcomes.AssessmentWindow;
import org.homeward.outcomes.CohortDimension;
import org.homeward.outcomes.OutcomeCsv;
import org.homeward.outcomes.OutcomeFigures;
import org.homeward.search.CaseSearch;
import org.homeward.security.UserAccounts;
import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.CaseJourneys;
import org.homeward.testsupport.CaseJourneys.Profile;
import org.homeward.testsupport.CaseJourneys.RecordedCase;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.homeward.ui.OfficersDay;
import org.homeward.ui.browser.Chromium;
import org.homeward.ui.search.SearchView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.browserless.SpringBrowserlessTest;

/**
 * The managers' dashboard over four Addis Ababa cases (no other UI test uses that office), browserless and once in
 * Chromium for a screenshot. Answers at the best of every scale score 1, at the worst 0.
 */
@IntegrationTest
class OutcomesViewTest extends SpringBrowserlessTest {

    private static final String OFFICER = TestUsers.ADDIS_OFFICER;
    private static boolean recorded;

    @RegisterExtension
    final Chromium chromium = Chromium.sized(1280, 3000);

    @LocalServerPort
    int port;
    @Autowired
    CaseSearch search;
    @Autowired
    ScoringSchemes schemes;
    @Autowired
    OutcomeFigures figures;
    @Autowired
    UserAccounts users;

    @BeforeEach
    void recordAddisOnce() {
        if (recorded) {
            return;
        }
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        CaseJourneys journeys = new CaseJourneys(new ApiClient(port));
        LocalDate longAgo = today.minusMonths(13);
        RecordedCase first = journeys.journey(new Profile("ADD", OFFICER, "FEMALE", 1996, "ET", "MM", longAgo.toString(), false, null));
        assess(journeys, first, longAgo.plusMonths(3), false);
        assess(journeys, first, longAgo.plusMonths(6), true);
        assess(journeys, first, longAgo.plusMonths(12), true);
        String grant = journeys.businessGrant(first, OFFICER, longAgo.plusDays(10), "TAILORING", "300");
        journeys.step(first, OFFICER, "/business-grants/" + grant + "/status-reports", """
                {"status": "OPERATING", "reportedOn": "%s"}""".formatted(longAgo.plusMonths(6)));
        LocalDate eightMonths = today.minusMonths(8);
        RecordedCase second = journeys.journey(new Profile("ADD", OFFICER, "MALE", 1991, "KE", "KH", eightMonths.toString(), false, null));
        assess(journeys, second, eightMonths.plusMonths(6), false);
        LocalDate sevenMonths = today.minusMonths(7);
        RecordedCase third = journeys.journey(new Profile("ADD", OFFICER, "FEMALE", 2000, "ET", "LA", sevenMonths.toString(), true, null));
        assess(journeys, third, sevenMonths.plusMonths(6), true);
        RecordedCase fourth = journeys.journey(new Profile("ADD", OFFICER, "FEMALE", 1999, "UG", "MM", null, false, null));
        for (RecordedCase each : List.of(first, second, third, fourth)) {
            assertThat(search.awaitIndexed(UUID.fromString(each.caseId()), each.lastEventId(), Duration.ofSeconds(30))).isTrue();
        }
        recorded = true;
    }

    private void assess(CaseJourneys journeys, RecordedCase recorded, LocalDate on, boolean best) {
        journeys.assess(recorded, OFFICER, on, schemes.newest(), best);
    }

    private String figure(String name) {
        Div card = $(Div.class).id("figure-" + name);
        return card.getChildren().filter(Span.class::isInstance).map(span -> ((Span) span).getText())
                .collect(Collectors.joining(" | "));
    }

    private List<String> column(Grid<?> grid, String key) {
        var tester = test(grid);
        int column = tester.getColumnPosition(key);
        return IntStream.range(0, tester.size()).mapToObj(row -> tester.getCellText(row, column)).toList();
    }

    @Test
    @WithUserDetails(TestUsers.ADDIS_MANAGER)
    void headlineFiguresChartsAndTablesFollowTheFilters() {
        OutcomesView view = navigate(OutcomesView.class);

        assertThat(figure("activeCases")).isEqualTo("4 | Active cases");
        assertThat(figure("sustainableAt6Months")).isEqualTo("67% | Sustainably reintegrated at 6 months | of 3");
        assertThat(figure("sustainableAt12Months")).isEqualTo("100% | Sustainably reintegrated at 12 months | of 1");
        assertThat(figure("grantsDisbursed")).isEqualTo("USD 300 | Business grants disbursed");
        assertThat(figure("businessOperatingAt6Months")).isEqualTo("100% | Businesses operating at 6 months | of 1");
        assertThat($(RouterLink.class).id("link-activeCases").getHref()).isEqualTo("search?status=OPEN");
        for (Div chart : List.of(view.trajectoryChart, view.cohortsChart, view.complianceChart, view.supportChart)) {
            assertThat(chart.getChildren().filter(Svg.class::isInstance).count()).as(chart.getId().orElseThrow()).isEqualTo(1);
        }
        assertThat(column(view.tables.get("trajectory"), "monthsSinceReturn")).containsExactly("3", "6", "12");
        assertThat(column(view.tables.get("trajectory"), "assessments")).containsExactly("1", "3", "1");

        test(view.nationalities).selectItem("Kenya");
        assertThat(figure("activeCases")).isEqualTo("1 | Active cases");
        assertThat(figure("sustainableAt6Months")).isEqualTo("0% | Sustainably reintegrated at 6 months | of 1");
        assertThat(figure("grantsDisbursed")).isEqualTo("0 | Business grants disbursed");
        assertThat(parameters($(RouterLink.class).id("link-casesWithOverdueFollowUp")))
                .isEqualTo(Map.of("nationality", List.of("KE"), "status", List.of("OPEN"), "overdue", List.of("true")));
        assertThat(view.getElement().getOuterHTML()).doesNotContain("Test Person Searchable");
    }

    @Test
    @WithUserDetails(TestUsers.ADDIS_MANAGER)
    void cohortsAreComparedAndEachLinksToItsCases() {
        OutcomesView view = navigate(OutcomesView.class);
        test(view.cohortsBy).selectItem("Nationality");
        test(view.window).selectItem("About 6 months after the return");

        assertThat(column(view.cohortTable, "assessments")).containsExactly("2", "1");
        assertThat(column(view.cohortTable, "sustainableShare")).containsExactly("100%", "0%");
        var cell = test(view.cohortTable).getCellComponent(0, "cohort");
        assertThat(cell).isInstanceOf(RouterLink.class);
        RouterLink ethiopia = (RouterLink) cell;
        assertThat(ethiopia).isNotNull();
        assertThat(ethiopia.getText()).isEqualTo("Ethiopia");
        assertThat(ethiopia.getHref()).isEqualTo("search?nationality=ET");

        // the download gives exactly the figures the service computes for the same choices
        assertThat(view.csv("cohorts")).isEqualTo(OutcomeCsv.of("cohorts", figures.dashboard(
                users.loadUserByUsername(TestUsers.ADDIS_MANAGER), view.filter(), OfficersDay.today(), "overall", null,
                CohortDimension.NATIONALITY, AssessmentWindow.MONTHS_6)));
        assertThat(view.csv("cohorts").lines().toList())
                .containsExactly("NATIONALITY,assessments,sustainable,sustainableShare,medianOverall",
                        "ET,2,2,1.0000,1.0000", "KE,1,0,0.0000,0.0000");
    }

    @Test
    @WithUserDetails(TestUsers.ADDIS_MANAGER)
    void aFigureLeadsToTheCasesItCounts() {
        OutcomesView view = navigate(OutcomesView.class);
        test(view.nationalities).selectItem("Ethiopia");
        assertThat(figure("activeCases")).startsWith("2 |");
        RouterLink active = $(RouterLink.class).id("link-activeCases");
        assertThat(active.getHref()).startsWith("search?");

        UI.getCurrent().navigate(SearchView.class, QueryParameters.full(parameters(active).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().toArray(String[]::new)))));
        SearchView search = (SearchView) getCurrentView();
        assertThat(search.getElement().getOuterHTML()).contains("Cases found: 2");
        assertThat(test(search.facets().get("nationality")).getSelected()).containsExactly("ET");
    }

    private static Map<String, List<String>> parameters(RouterLink link) {
        String href = link.getHref();
        return QueryParameters.fromString(href.substring(href.indexOf('?') + 1)).getParameters();
    }

    @Test
    void aManagerSeesTheDashboardInChromium() {
        recordAddisOnce();
        WebDriver browser = chromium.browser();
        chromium.signIn(port, "/outcomes", TestUsers.ADDIS_MANAGER);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(page -> !page.findElements(By.cssSelector("#chart-trajectory svg")).isEmpty()
                && !page.findElements(By.cssSelector("#chart-support-delivered svg")).isEmpty());
        assertThat(browser.findElement(By.id("figure-activeCases")).getText()).startsWith("4");
        // the charts are drawn wide enough to read, and without a network request of their own
        assertThat(browser.findElement(By.cssSelector("#chart-cohorts svg")).getSize().getWidth()).isGreaterThan(400);
        assertThat(browser.getPageSource()).doesNotContain("Test Person Searchable");
        chromium.screenshot("outcomes-dashboard");
    }
}

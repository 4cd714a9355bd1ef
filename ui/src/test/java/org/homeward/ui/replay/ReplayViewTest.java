package org.homeward.ui.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.homeward.replay.Basis;
import org.homeward.search.CaseSearch;
import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;

/** An evaluator replays a Jakarta case: finds it by reference, steps through it, asks as of two dates. */
@IntegrationTest
class ReplayViewTest extends SpringBrowserlessTest {

    private static final String NAME = "Replay View Person";
    private static String reference;
    private static String caseId;

    @LocalServerPort
    int port;
    @Autowired
    CaseSearch search;

    @BeforeEach
    void recordOnce() {
        if (reference != null) {
            return;
        }
        ApiClient api = new ApiClient(port);
        ApiClient.Response opened = api.post("/api/cases", TestUsers.JAKARTA_OFFICER, ApiClient.newCaseJson(NAME, "JKT"));
        caseId = opened.json().get("caseId").asString();
        String path = "/api/cases/" + caseId;
        assertThat(api.post(path + "/screening", TestUsers.JAKARTA_OFFICER,
                "{\"outcome\": \"IDENTIFIED_VICTIM\", \"screenedOn\": \"2026-03-15\"}").status()).isEqualTo(201);
        assertThat(api.post(path + "/returned-home", TestUsers.JAKARTA_OFFICER,
                "{\"returnedOn\": \"2026-04-02\", \"province\": \"Hidden Province\"}").status()).isEqualTo(201);
        reference = opened.json().get("reference").asString();
        assertThat(search.awaitSearchable(UUID.fromString(caseId), Duration.ofSeconds(30))).isTrue();
    }

    private List<String> highlighted(ReplayView view) {
        var grid = test(view.state);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).filter(ReplayView.StateField::highlighted)
                .map(ReplayView.StateField::field).toList();
    }

    @Test
    @WithUserDetails(TestUsers.JAKARTA_EVALUATOR)
    void anEvaluatorStepsThroughACaseAndComparesTwoDates() {
        ReplayView lookup = navigate(ReplayView.class);
        test(lookup.reference).setValue(reference);
        test(lookup.open).click();
        ReplayView view = (ReplayView) getCurrentView();

        // opening, screening, return home and the six follow-ups its plan scheduled
        assertThat(test(view.steps).size()).isEqualTo(9);
        assertThat(view.position.getText()).isEqualTo("Step 8 of 8: Follow-up scheduled");
        assertThat(view.forward.isEnabled()).isFalse();
        for (int i = 0; i < 6; i++) {
            test(view.back).click();
        }
        assertThat(view.position.getText()).isEqualTo("Step 2 of 8: Returned home");
        assertThat(highlighted(view)).contains("returnedOn", "returnQuarter");
        test(view.back).click();
        assertThat(view.position.getText()).isEqualTo("Step 1 of 8: Screening completed");
        assertThat(highlighted(view)).containsExactly("screeningOutcome");
        test(view.forward).click();
        assertThat(view.position.getText()).startsWith("Step 2 of 8");

        test(view.asOf).setValue(LocalDate.parse("2026-03-31"));
        test(view.compareWith).setValue(LocalDate.parse("2026-04-30"));
        var asOf = test(view.asOfState);
        List<String> differing = IntStream.range(0, asOf.size()).mapToObj(asOf::getRow)
                .filter(ReplayView.StateField::highlighted).map(ReplayView.StateField::field).toList();
        assertThat(differing).contains("returnedOn");
        assertThat(view.asOfSummary.getText()).contains("fields differ");
        test(view.basis).selectItem("What we knew on that day");
        assertThat(view.basis.getValue()).isEqualTo(Basis.RECORDED);
        assertThat(view.asOfSummary.getText()).as("recorded today, so unknown at the end of April")
                .isEqualTo("Nothing about this case had been recorded yet on that date.");

        assertThat(view.getElement().getOuterHTML()).doesNotContain(NAME, "Hidden Province");
        assertThat(view.replay().steps()).hasSize(9);
    }

    @Test
    @WithUserDetails(TestUsers.JAKARTA_EVALUATOR)
    void unknownReferencesAndOtherOfficesCasesAreNotFound() {
        ReplayView view = navigate(ReplayView.class);
        test(view.reference).setValue("JKT-1999-0000");
        test(view.open).click();
        assertThat(view.reference.isInvalid()).isTrue();
        assertThat(view.reference.getErrorMessage()).isEqualTo("No case with this reference in your offices");

        ReplayView elsewhere = navigate("replay/" + UUID.randomUUID(), ReplayView.class);
        assertThat(elsewhere.notFound.isVisible()).isTrue();
        assertThat(elsewhere.caseArea.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails(TestUsers.NAIROBI_OFFICER)
    void anOfficerOfAnotherOfficeCannotReplayIt() {
        ReplayView view = navigate("replay/" + caseId, ReplayView.class);
        assertThat(view.notFound.isVisible()).isTrue();
        assertThat(view.getElement().getOuterHTML()).doesNotContain(reference);
    }
}

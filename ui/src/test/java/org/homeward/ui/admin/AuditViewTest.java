package org.homeward.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.homeward.privacy.PersonalDataReads;
import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;

/** An administrator reviews who opened a case's personal details, and the failed sign-ins, without seeing any. */
@IntegrationTest
class AuditViewTest extends SpringBrowserlessTest {

    @LocalServerPort
    int port;

    @Test
    @WithUserDetails(TestUsers.ADMIN)
    void anAdministratorSeesWhoReadACaseAndTheFailedSignIns() {
        ApiClient api = new ApiClient(port);
        String caseId = api.post("/api/cases", TestUsers.JAKARTA_OFFICER, ApiClient.newCaseJson("Audited Person", "JKT"))
                .json().get("caseId").asString();
        assertThat(api.get("/api/cases/" + caseId, TestUsers.SECOND_JAKARTA_OFFICER).status()).isEqualTo(200);
        assertThat(api.getWithPassword("/api/search", "audit-view-probe", "not a password").status()).isEqualTo(401);

        AuditView view = navigate(AuditView.class);
        test(view.caseId).setValue(caseId);
        test(view.show).click();
        var grid = test(view.reads);
        List<PersonalDataReads.Read> reads = java.util.stream.IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
        assertThat(reads).extracting(PersonalDataReads.Read::username).containsExactly(TestUsers.SECOND_JAKARTA_OFFICER);
        assertThat(reads).extracting(PersonalDataReads.Read::what).containsExactly(PersonalDataReads.What.DETAILS);
        assertThat(view.getElement().getOuterHTML()).doesNotContain("Audited Person");

        var signIns = test(navigate(AuditView.class).signIns);
        assertThat(java.util.stream.IntStream.range(0, signIns.size()).mapToObj(signIns::getRow)
                .filter(event -> event.username().equals("audit-view-probe")))
                .extracting(event -> event.kind().name()).containsExactly("SIGN_IN_FAILED");
    }

    @Test
    @WithUserDetails(TestUsers.ADMIN)
    void somethingThatIsNoCaseIdentifierIsRefusedOnTheField() {
        AuditView view = navigate(AuditView.class);
        test(view.caseId).setValue("JKT-2026-00001");
        test(view.show).click();
        assertThat(view.caseId.isInvalid()).isTrue();
        assertThat(view.caseId.getErrorMessage()).isEqualTo("Not a case identifier");
    }
}

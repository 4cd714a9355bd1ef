package org.homeward.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.IntStream;

import org.homeward.casefile.CaseOpening;
import org.homeward.casefile.Consent;
import org.homeward.casefile.NewCase;
import org.homeward.casefile.OpenedCase;
import org.homeward.casefile.PersonalDetails;
import org.homeward.casefile.ReferralSource;
import org.homeward.casefile.Sex;
import org.homeward.search.CaseSearch;
import org.homeward.security.UserAccounts;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;

@IntegrationTest
class CasesViewTest extends SpringBrowserlessTest {

    @Autowired
    CaseOpening opening;
    @Autowired
    CaseSearch search;
    @Autowired
    UserAccounts accounts;

    @Test
    @WithUserDetails(TestUsers.JAKARTA_OFFICER)
    void listsTheCasesOfTheOfficersOwnOfficesFromTheSearchIndex() {
        OpenedCase jakarta = open("JKT", "ID", TestUsers.JAKARTA_OFFICER);
        OpenedCase nairobi = open("NBO", "KE", TestUsers.NAIROBI_OFFICER);
        assertThat(search.awaitSearchable(jakarta.caseId(), Duration.ofSeconds(30))).isTrue();
        assertThat(search.awaitSearchable(nairobi.caseId(), Duration.ofSeconds(30))).isTrue();

        CasesView view = navigate(CasesView.class);

        var grid = test(view.grid);
        int referenceColumn = grid.getColumnPosition("reference");
        var references = IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellText(row, referenceColumn)).toList();
        assertThat(references).contains(jakarta.reference()).doesNotContain(nairobi.reference());
        int row = references.indexOf(jakarta.reference());
        assertThat(grid.getCellText(row, grid.getColumnPosition("nationality"))).isEqualTo("Indonesia");
        assertThat(grid.getCellText(row, grid.getColumnPosition("referralSource"))).isEqualTo("IOM");
        assertThat(grid.getCellText(row, grid.getColumnPosition("sex"))).isEqualTo("Female");
        assertThat(view.getElement().getOuterHTML()).doesNotContain("Browserless Person");
        assertThat($(Grid.class).all()).hasSize(1);
    }

    private OpenedCase open(String office, String nationality, String officer) {
        return opening.open(new NewCase(new PersonalDetails("Browserless Person", null), Sex.FEMALE, 1995, nationality,
                office, ReferralSource.IOM, LocalDate.of(2026, 2, 1), new Consent(true, false)),
                accounts.loadUserByUsername(officer));
    }
}

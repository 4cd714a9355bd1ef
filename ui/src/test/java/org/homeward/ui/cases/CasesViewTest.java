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
import org.homeward.security.HomewardUser;
import org.homeward.testsupport.TestUsers;
import org.homeward.ui.casepage.CasePageView;
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

    private java.util.List<String> references(CasesView view) {
        var grid = test(view.grid);
        int column = grid.getColumnPosition("reference");
        return IntStream.range(0, grid.size()).mapToObj(row -> grid.getCellText(row, column)).toList();
    }

    @Test
    @WithUserDetails(TestUsers.JAKARTA_OFFICER)
    void theCaseloadHoldsTheOfficersOwnOpenCasesAndOpensThem() {
        OpenedCase mine = open("JKT", "ID", TestUsers.JAKARTA_OFFICER);
        OpenedCase colleagues = open("JKT", "ID", TestUsers.SECOND_JAKARTA_OFFICER);
        OpenedCase nairobi = open("NBO", "KE", TestUsers.NAIROBI_OFFICER);
        for (OpenedCase opened : java.util.List.of(mine, colleagues, nairobi)) {
            assertThat(search.awaitSearchable(opened.caseId(), Duration.ofSeconds(30))).isTrue();
        }

        CasesView view = navigate(CasesView.class);
        assertThat(references(view)).contains(mine.reference()).doesNotContain(colleagues.reference(), nairobi.reference());
        int row = references(view).indexOf(mine.reference());
        assertThat(test(view.grid).getCellText(row, test(view.grid).getColumnPosition("nationality"))).isEqualTo("Indonesia");
        assertThat(test(view.grid).getCellText(row, test(view.grid).getColumnPosition("status"))).isEqualTo("Open");

        test(view.onlyMine).click();
        assertThat(references(view)).as("the whole office").contains(mine.reference(), colleagues.reference())
                .doesNotContain(nairobi.reference());
        test(view.text).setValue(colleagues.reference());
        assertThat(references(view)).containsExactly(colleagues.reference());
        assertThat(view.getElement().getOuterHTML()).doesNotContain("Browserless Person");
        assertThat($(Grid.class).all()).hasSize(1);

        test(view.grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(CasePageView.class);
    }

    @Test
    @WithUserDetails(TestUsers.MANAGER)
    void managersSeeEveryCaseOfTheirOffices() {
        OpenedCase nairobi = open("NBO", "KE", TestUsers.NAIROBI_OFFICER);
        assertThat(search.awaitSearchable(nairobi.caseId(), Duration.ofSeconds(30))).isTrue();
        CasesView view = navigate(CasesView.class);
        assertThat(view.onlyMine.isVisible()).isFalse();
        assertThat(references(view)).contains(nairobi.reference());
    }

    private OpenedCase open(String office, String nationality, String officer) {
        HomewardUser user = accounts.loadUserByUsername(officer);
        return TestUsers.as(user, () -> opening.open(new NewCase(new PersonalDetails("Browserless Person", null), Sex.FEMALE,
                1995, nationality, office, ReferralSource.IOM, LocalDate.of(2026, 2, 1), new Consent(true, false)), user));
    }
}

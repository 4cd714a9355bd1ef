package org.homeward.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.homeward.casefile.ReferralSource;
import org.homeward.casefile.Sex;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;

@IntegrationTest
class OpenCaseViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithUserDetails(TestUsers.JAKARTA_OFFICER)
    void opensACaseAndShowsItInTheList() {
        long before = casesOpened();
        OpenCaseView view = navigate(OpenCaseView.class);
        fillIn(view);
        view.consentToDataProcessing.setValue(true);

        test(view.save).click();

        assertThat(casesOpened()).isEqualTo(before + 1);
        assertThat(getCurrentView()).as("the new case's page").isInstanceOf(org.homeward.ui.casepage.CasePageView.class);
    }

    @Test
    @WithUserDetails(TestUsers.JAKARTA_OFFICER)
    void recordsTheExploitationWithTheOpeningWhenAsked() {
        long before = exploitationsRecorded();
        OpenCaseView view = navigate(OpenCaseView.class);
        fillIn(view);
        view.consentToDataProcessing.setValue(true);
        test(view.recordExploitation).click();
        assertThat(view.exploitation.isVisible()).isTrue();

        long opened = casesOpened();
        test(view.save).click();
        assertThat(getCurrentView()).as("an incomplete exploitation section keeps the form").isSameAs(view);
        assertThat(casesOpened()).as("nothing opened").isEqualTo(opened);

        fillExploitation(view);
        test(view.save).click();
        assertThat(getCurrentView()).isInstanceOf(org.homeward.ui.casepage.CasePageView.class);
        assertThat(exploitationsRecorded()).isEqualTo(before + 1);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void fillExploitation(OpenCaseView view) {
        view.exploitation.getChildren().forEach(child -> {
            String id = child.getId().orElse("");
            switch (id) {
                case "field-form" -> ((com.vaadin.flow.component.combobox.ComboBox) child)
                        .setValue(org.homeward.casefile.identification.FormOfExploitation.FORCED_CRIMINALITY_ONLINE_SCAMS);
                case "field-countryOfExploitation" -> ((com.vaadin.flow.component.combobox.ComboBox) child).setValue("KH");
                case "field-recruitmentChannel" -> ((com.vaadin.flow.component.combobox.ComboBox) child)
                        .setValue(org.homeward.casefile.identification.RecruitmentChannel.SOCIAL_MEDIA);
                case "field-startedOn" -> ((com.vaadin.flow.component.datepicker.DatePicker) child)
                        .setValue(LocalDate.of(2025, 6, 1));
                default -> {
                    // optional fields stay empty
                }
            }
        });
    }

    private long exploitationsRecorded() {
        return jdbc.sql("select count(*) from domain_event_entry where payload_type like '%ExploitationRecorded'")
                .query(Long.class).single();
    }

    @Test
    @WithUserDetails(TestUsers.JAKARTA_OFFICER)
    void refusesToSaveWithoutConsentToDataProcessing() {
        long before = casesOpened();
        OpenCaseView view = navigate(OpenCaseView.class);
        fillIn(view);

        test(view.save).click();

        assertThat(view.consentToDataProcessing.isInvalid()).isTrue();
        assertThat(view.consentToDataProcessing.getErrorMessage())
                .isEqualTo("A case can be opened only with the person's consent to data processing");
        assertThat(casesOpened()).isEqualTo(before);
        assertThat(getCurrentView()).isSameAs(view);
    }

    @Test
    @WithUserDetails(TestUsers.JAKARTA_OFFICER)
    void validatesFieldsAsTheOfficerTypes() {
        OpenCaseView view = navigate(OpenCaseView.class);

        test(view.birthYear).setValue(1850);
        test(view.phone).setValue("call me");
        view.referredOn.setValue(LocalDate.now().plusDays(5)); // the picker itself would not offer this date

        assertThat(view.birthYear.isInvalid()).isTrue();
        assertThat(view.phone.isInvalid()).isTrue();
        assertThat(view.referredOn.isInvalid()).isTrue();
        assertThat(view.office.getValue()).isEqualTo("JKT");
    }

    private static void fillIn(OpenCaseView view) {
        view.fullName.setValue("Form Person");
        view.phone.setValue("+999 555 0199");
        view.sex.setValue(Sex.MALE);
        view.birthYear.setValue(1993);
        view.nationality.setValue("ID");
        view.referralSource.setValue(ReferralSource.EMBASSY);
        view.referredOn.setValue(LocalDate.of(2026, 5, 2));
    }

    private long casesOpened() {
        return jdbc.sql("select count(*) from domain_event_entry where payload_type like '%CaseOpened'")
                .query(Long.class).single();
    }
}

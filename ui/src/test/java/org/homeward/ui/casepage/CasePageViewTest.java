package org.homeward.ui.casepage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.casefile.CaseRecords;
import org.homeward.casefile.Money;
import org.homeward.casefile.AddNote;
import org.homeward.casefile.CloseCase;
import org.homeward.casefile.ReassignCase;
import org.homeward.casefile.ReopenCase;
import org.homeward.casefile.TransferCase;
import org.homeward.casefile.assessment.RecordReintegrationAssessment;
import org.homeward.casefile.followup.CompleteFollowUp;
import org.homeward.casefile.followup.RecordMissedFollowUp;
import org.homeward.casefile.followup.ScheduleFollowUp;
import org.homeward.casefile.identification.CompleteScreening;
import org.homeward.casefile.identification.RecordConsent;
import org.homeward.casefile.identification.RecordExploitation;
import org.homeward.casefile.identification.WithdrawConsent;
import org.homeward.casefile.journey.ArrangeReturnTravel;
import org.homeward.casefile.journey.ProvideAssistance;
import org.homeward.casefile.journey.RecordReturnHome;
import org.homeward.casefile.reintegration.AgreeReintegrationPlan;
import org.homeward.casefile.reintegration.ApproveBusinessGrant;
import org.homeward.casefile.reintegration.DisburseGrantTranche;
import org.homeward.casefile.reintegration.MakeReferral;
import org.homeward.casefile.reintegration.ProvideEconomicSupport;
import org.homeward.casefile.reintegration.ProvideSocialSupport;
import org.homeward.casefile.reintegration.RecordPsychosocialCheckIn;
import org.homeward.casefile.reintegration.ReportBusinessStatus;
import org.homeward.security.UserAccounts;
import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;

/**
 * The case page with every step form: each recorded with valid input through its dialog, in the order a case
 * goes, and refused with invalid input, with nothing recorded.
 */
@IntegrationTest
class CasePageViewTest extends SpringBrowserlessTest {

    @LocalServerPort
    int port;
    @Autowired
    CaseRecords records;
    @Autowired
    UserAccounts users;

    String caseId;

    @BeforeEach
    void openACase() {
        ApiClient.Response opened = new ApiClient(port).post("/api/cases", TestUsers.JAKARTA_OFFICER,
                ApiClient.newCaseJson("Page Person", "JKT"));
        caseId = opened.json().get("caseId").asString();
    }

    private CasePageView page() {
        return navigate("cases/" + caseId, CasePageView.class);
    }

    private int historySize() {
        return records.history(UUID.fromString(caseId), users.loadUserByUsername(TestUsers.JAKARTA_OFFICER)).orElseThrow().size();
    }

    /** Fills a form with input its checks accept, overriding some fields. */
    private static void fillValid(StepForm form, Map<String, Object> overrides) {
        form.fields.forEach((name, field) -> {
            Object value = overrides.get(name);
            switch (field) {
                case DateField date -> {
                    if (value != null) {
                        date.picker.setValue((java.time.LocalDate) value);
                    }
                }
                case PickField<?> pick -> pick.fill(value != null ? value
                        : name.toLowerCase().contains("countr") ? "ID" : firstOf(pick));
                case FreeTextField text -> text.input.setValue(text.input instanceof com.vaadin.flow.component.textfield.TextArea
                        ? "A synthetic note about nothing real." : "Synthetic " + name);
                case WholeNumberField whole -> whole.field.setValue(value != null ? (Integer) value : Math.max(whole.min, 1));
                case YesNoField yes -> yes.box.setValue(true);
                case AmountField amount -> {
                    if (field.required || value != null) {
                        amount.money.setValue(new Money(new BigDecimal(value != null ? value.toString() : "100"), "USD"));
                    }
                }
                case AnswersField answers -> answers.boxes.values().forEach(box -> box.setValue(
                        box.getListDataView().getItems().findFirst().orElseThrow()));
                default -> {
                    // lists and sets may stay empty
                }
            }
        });
    }

    private static Object firstOf(PickField<?> pick) {
        return pick.box.getListDataView().getItems().findFirst().orElseThrow().toString();
    }

    private void record(CasePageView view, Class<? extends Record> command, Map<String, Object> overrides) {
        int before = historySize();
        Steps.Step step = view.offered(command).orElseThrow(() -> new AssertionError(command.getSimpleName() + " not offered"));
        StepDialog dialog = view.openStep(step);
        roundTrip();
        fillValid(dialog.form, overrides);
        test(dialog.save).click();
        assertThat(dialog.form.formProblem.getText()).as(command.getSimpleName()).isEmpty();
        assertThat(dialog.form.fields.values()).as(command.getSimpleName())
                .allSatisfy(field -> assertThat(field.problem()).as(field.name).isNull());
        assertThat(dialog.isOpened()).as(command.getSimpleName() + " saved and closed; refused: " + refusals(dialog)).isFalse();
        assertThat(historySize()).as(command.getSimpleName() + " recorded").isGreaterThan(before);
    }

    private static List<String> refusals(StepDialog dialog) {
        return dialog.form.fields.values().stream()
                .filter(field -> field.component() instanceof com.vaadin.flow.component.HasValidation v && v.isInvalid())
                .map(field -> field.name + ": " + ((com.vaadin.flow.component.HasValidation) field.component()).getErrorMessage())
                .toList();
    }

    @Test
    @WithUserDetails(TestUsers.JAKARTA_OFFICER)
    void everyFormRecordsItsStep() {
        CasePageView view = page();
        assertThat(view.title.getText()).startsWith("JKT-");
        assertThat(view.essentials.getElement().getTextRecursively()).contains("Page Person", "Open");
        java.time.LocalDate today = java.time.LocalDate.now();

        record(view, RecordExploitation.class, Map.of("countryOfExploitation", "KH", "startedOn", java.time.LocalDate.of(2025, 6, 1)));
        record(view, CompleteScreening.class, Map.of());
        record(view, RecordConsent.class, Map.of());
        record(view, ProvideAssistance.class, Map.of("country", "TH", "cost", "25.50"));
        record(view, ArrangeReturnTravel.class, Map.of("fromCountry", "TH", "departureOn", today));
        record(view, RecordReturnHome.class, Map.of());
        record(view, AgreeReintegrationPlan.class, Map.of("budget", "2000"));
        record(view, ProvideEconomicSupport.class, Map.of("value", "50"));
        record(view, ApproveBusinessGrant.class, Map.of("amount", "1500"));
        record(view, DisburseGrantTranche.class, Map.of("amount", "500"));
        record(view, ReportBusinessStatus.class, Map.of());
        record(view, RecordPsychosocialCheckIn.class, Map.of("wellbeingScore", 6));
        record(view, ProvideSocialSupport.class, Map.of());
        record(view, MakeReferral.class, Map.of());
        record(view, RecordReintegrationAssessment.class, Map.of());
        record(view, ScheduleFollowUp.class, Map.of("dueOn", today.plusDays(30)));
        record(view, CompleteFollowUp.class, Map.of());
        record(view, RecordMissedFollowUp.class, Map.of("attempts", 2));
        record(view, AddNote.class, Map.of());
        record(view, ReassignCase.class, Map.of("toOfficer", TestUsers.SECOND_JAKARTA_OFFICER));
        record(view, WithdrawConsent.class, Map.of("scope", "DATA_SHARING"));
        record(view, CloseCase.class, Map.of());
        record(view, ReopenCase.class, Map.of());
        assertThat(view.timeline.getChildren().count()).isEqualTo(historySize());

        StepDialog transfer = view.openStep(view.offered(TransferCase.class).orElseThrow());
        roundTrip();
        fillValid(transfer.form, Map.of("toOffice", "NBO", "toOfficer", TestUsers.NAIROBI_OFFICER));
        test(transfer.save).click();
        assertThat(transfer.isOpened()).as("refused: " + refusals(transfer)).isFalse();
        assertThat(getCurrentView()).as("the case left the officer's offices").isInstanceOf(org.homeward.ui.cases.CasesView.class);
        var nairobi = users.loadUserByUsername(TestUsers.NAIROBI_OFFICER);
        assertThat(TestUsers.as(nairobi, () -> records.history(UUID.fromString(caseId), nairobi)).orElseThrow()
                .getLast().type()).isEqualTo("CaseTransferred");
    }

    @Test
    @WithUserDetails(TestUsers.JAKARTA_OFFICER)
    void erasingThePersonalDataLeavesTheCaseWithoutThemForGood() {
        CasePageView view = page();
        record(view, AddNote.class, Map.of());
        record(view, org.homeward.casefile.ErasePersonalData.class, Map.of());

        assertThat(view.essentials.getElement().getTextRecursively()).doesNotContain("Page Person").contains("Erased");
        assertThat(view.timeline.getElement().getTextRecursively()).contains("Personal data erased")
                .doesNotContain("A synthetic note about nothing real.");
        assertThat(view.offered(org.homeward.casefile.ErasePersonalData.class)).as("erased once").isEmpty();
        assertThat(view.offered(AddNote.class)).as("nothing personal can be added again").isEmpty();
        assertThat(view.offered(CloseCase.class)).as("the case itself goes on").isPresent();
    }

    @Test
    @WithUserDetails(TestUsers.JAKARTA_OFFICER)
    void emptyOrFutureInputIsRefusedBeforeSaving() {
        CasePageView view = page();
        int before = historySize();
        StepDialog dialog = view.openStep(view.offered(ProvideAssistance.class).orElseThrow());
        roundTrip();
        var provided = (DateField) dialog.form.fields.get("providedOn");
        provided.picker.setValue(java.time.LocalDate.now().plusDays(3));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(provided.picker.isInvalid()).isTrue();
        assertThat(provided.picker.getErrorMessage()).isEqualTo("Cannot be in the future");
        var kind = (PickField<?>) dialog.form.fields.get("kind");
        assertThat(kind.box.isInvalid()).isTrue();
        assertThat(kind.box.getErrorMessage()).isEqualTo("Required");
        var cost = (AmountField) dialog.form.fields.get("cost");
        cost.money.amount.setValue(new BigDecimal("-5"));
        assertThat(cost.problem()).isEqualTo("Enter both the amount and its currency");
        assertThat(historySize()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(TestUsers.JAKARTA_OFFICER)
    void theCasesRulesAnswerOnTheFieldTheyName() {
        CasePageView view = page();
        record(view, RecordReturnHome.class, Map.of());
        record(view, AgreeReintegrationPlan.class, Map.of("budget", "2000"));
        record(view, ApproveBusinessGrant.class, Map.of("amount", "100"));
        int before = historySize();

        StepDialog dialog = view.openStep(view.offered(DisburseGrantTranche.class).orElseThrow());
        roundTrip();
        fillValid(dialog.form, Map.of("amount", "900"));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).as("refused").isTrue();
        var amount = (AmountField) dialog.form.fields.get("amount");
        assertThat(amount.money.isInvalid()).isTrue();
        assertThat(amount.money.getErrorMessage()).contains("beyond the approved");
        assertThat(historySize()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(TestUsers.JAKARTA_OFFICER)
    void aCorrectionIsRecordedAndShownBesideWhatItCorrects() {
        CasePageView view = page();
        record(view, ProvideAssistance.class, Map.of("country", "TH", "cost", "25.50"));
        int before = historySize();
        var history = records.history(UUID.fromString(caseId), users.loadUserByUsername(TestUsers.JAKARTA_OFFICER)).orElseThrow();
        var assistance = history.getLast();

        StepDialog dialog = view.openCorrection(assistance, Timeline.corrected(assistance, List.of()));
        roundTrip();
        assertThat(((PickField<?>) dialog.form.fields.get("country")).box.getValue()).as("prefilled").isEqualTo("TH");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).as("a reason is required").isTrue();
        dialog.reason.setValue(org.homeward.casefile.CorrectionReason.TYPING_ERROR);
        test(dialog.save).click();
        assertThat(dialog.form.formProblem.getText()).isEqualTo("Nothing was changed.");
        ((AmountField) dialog.form.fields.get("cost")).money.setValue(new Money(new BigDecimal("30"), "USD"));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(historySize()).isEqualTo(before + 1);
        String timeline = view.timeline.getElement().getTextRecursively();
        assertThat(timeline).contains("Corrects Assistance provided", "Corrected ");
    }

    @Test
    @WithUserDetails(TestUsers.JAKARTA_OFFICER)
    void anAssessmentsAnswersCanBeCorrected() {
        CasePageView view = page();
        record(view, RecordReturnHome.class, Map.of());
        record(view, RecordReintegrationAssessment.class, Map.of());
        var assessment = records.history(UUID.fromString(caseId), users.loadUserByUsername(TestUsers.JAKARTA_OFFICER))
                .orElseThrow().stream().filter(entry -> entry.type().equals("ReintegrationAssessed")).findFirst().orElseThrow();
        int before = historySize();

        StepDialog dialog = view.openCorrection(assessment, Timeline.corrected(assessment, List.of()));
        roundTrip();
        var answers = (AnswersField) dialog.form.fields.get("answers");
        var first = answers.boxes.values().iterator().next();
        first.setValue(first.getListDataView().getItems().reduce((a, b) -> b).orElseThrow());
        dialog.reason.setValue(org.homeward.casefile.CorrectionReason.WRONG_OPTION_CHOSEN);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).as("refused: " + refusals(dialog) + dialog.form.formProblem.getText()).isFalse();
        var correction = records.history(UUID.fromString(caseId), users.loadUserByUsername(TestUsers.JAKARTA_OFFICER))
                .orElseThrow().getLast();
        assertThat(historySize()).isEqualTo(before + 1);
        assertThat(correction.type()).isEqualTo("EntryCorrected");
        assertThat(correction.payload().get("correctedValues").toString()).contains("answers");
    }

    @Test
    @WithUserDetails(TestUsers.NAIROBI_OFFICER)
    void anotherOfficesCaseIsNotFound() {
        com.vaadin.flow.component.UI.getCurrent().navigate("cases/" + caseId);
        assertThat(getCurrentView()).isNotInstanceOf(CasePageView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Page Person");
    }
}

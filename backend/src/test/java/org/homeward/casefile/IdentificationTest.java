package org.homeward.casefile;

import static org.homeward.casefile.CaseHistories.CASE_ID;
import static org.homeward.casefile.CaseHistories.exploited;
import static org.homeward.casefile.CaseHistories.fixture;
import static org.homeward.casefile.CaseHistories.opened;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.homeward.casefile.identification.CompleteScreening;
import org.homeward.casefile.identification.ConsentRecorded;
import org.homeward.casefile.identification.ConsentScope;
import org.homeward.casefile.identification.ConsentWithdrawn;
import org.homeward.casefile.identification.ExploitationRecorded;
import org.homeward.casefile.identification.FormOfExploitation;
import org.homeward.casefile.identification.RecordConsent;
import org.homeward.casefile.identification.RecordExploitation;
import org.homeward.casefile.identification.RecruitmentChannel;
import org.homeward.casefile.identification.ScreeningCompleted;
import org.homeward.casefile.identification.ScreeningOutcome;
import org.homeward.casefile.identification.WithdrawConsent;
import org.homeward.casefile.journey.AssistanceKind;
import org.homeward.casefile.journey.ProvideAssistance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdentificationTest {

    private FixtureConfiguration<ReintegrationCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static RecordExploitation exploitation(String country, List<String> transit, LocalDate from, LocalDate to) {
        return new RecordExploitation(CASE_ID, FormOfExploitation.FORCED_CRIMINALITY_ONLINE_SCAMS, country, transit,
                RecruitmentChannel.ONLINE_JOB_ADVERT, from, to);
    }

    @Test
    void recordsHowAndWhereThePersonWasExploited() {
        fixture.given(opened())
                .when(exploitation("KH", List.of("TH", "LA"), LocalDate.of(2024, 5, 2), null))
                .expectEvents(new ExploitationRecorded(CASE_ID, FormOfExploitation.FORCED_CRIMINALITY_ONLINE_SCAMS, "KH",
                        List.of("TH", "LA"), RecruitmentChannel.ONLINE_JOB_ADVERT, LocalDate.of(2024, 5, 2), null));
    }

    @Test
    void exploitationCannotBeginAfterTheReferral() {
        fixture.given(opened())
                .when(exploitation("KH", List.of(), LocalDate.of(2025, 2, 1), null))
                .expectException(CaseRuleViolation.class)
                .expectExceptionMessage("the exploitation cannot begin after the referral")
                .expectNoEvents();
    }

    @Test
    void countriesMustBeIsoCodes() {
        fixture.given(opened())
                .when(exploitation("Myanmar", List.of(), LocalDate.of(2024, 5, 2), null))
                .expectException(CaseRuleViolation.class).expectNoEvents();
        fixture.given(opened())
                .when(exploitation("MM", List.of("TH", "XX"), LocalDate.of(2024, 5, 2), null))
                .expectExceptionMessage("transitCountries[1] must be an ISO 3166-1 alpha-2 country code")
                .expectNoEvents();
    }

    @Test
    void exploitationCannotEndInTheFuture() {
        fixture.given(opened())
                .when(exploitation("MM", List.of(), LocalDate.of(2024, 5, 2), CaseHistories.TOMORROW_EVERYWHERE))
                .expectExceptionMessage("the end of the exploitation cannot be in the future")
                .expectNoEvents();
    }

    @Test
    void exploitationCannotEndBeforeItBegan() {
        fixture.given(opened())
                .when(exploitation("MM", List.of(), LocalDate.of(2024, 5, 2), LocalDate.of(2024, 4, 1)))
                .expectExceptionMessage("the exploitation cannot end before it began")
                .expectNoEvents();
    }

    @Test
    void recordsTheScreeningOutcome() {
        fixture.given(opened(), exploited())
                .when(new CompleteScreening(CASE_ID, ScreeningOutcome.IDENTIFIED_VICTIM, LocalDate.of(2025, 1, 12)))
                .expectEvents(new ScreeningCompleted(CASE_ID, ScreeningOutcome.IDENTIFIED_VICTIM, LocalDate.of(2025, 1, 12)));
    }

    @Test
    void noDateBeforeTheExploitationBegan() {
        fixture.given(opened(), exploited())
                .when(new CompleteScreening(CASE_ID, ScreeningOutcome.PRESUMED_VICTIM, LocalDate.of(2024, 2, 28)))
                .expectExceptionMessage("the date cannot be before the exploitation began (2024-03-01)")
                .expectNoEvents();
    }

    @Test
    void noDateInTheFutureOrBeforeBirth() {
        fixture.given(opened())
                .when(new CompleteScreening(CASE_ID, ScreeningOutcome.PRESUMED_VICTIM, CaseHistories.TOMORROW_EVERYWHERE))
                .expectExceptionMessage("the date cannot be in the future").expectNoEvents();
        fixture.given(opened())
                .when(new CompleteScreening(CASE_ID, ScreeningOutcome.PRESUMED_VICTIM, LocalDate.of(1998, 6, 1)))
                .expectExceptionMessage("the date cannot be before the person was born").expectNoEvents();
    }

    @Test
    void withdrawnConsentToProcessingStopsRecordingUntilRenewed() {
        ConsentWithdrawn withdrawn = new ConsentWithdrawn(CASE_ID, ConsentScope.DATA_PROCESSING, LocalDate.of(2025, 6, 1));
        fixture.given(opened())
                .when(new WithdrawConsent(CASE_ID, ConsentScope.DATA_PROCESSING, LocalDate.of(2025, 6, 1)))
                .expectEvents(withdrawn);
        fixture.given(opened(), withdrawn)
                .when(new ProvideAssistance(CASE_ID, AssistanceKind.FOOD, "TH", "Shelter", null, LocalDate.of(2025, 6, 2)))
                .expectExceptionMessage("consent to data processing was withdrawn: record renewed consent, or close the case")
                .expectNoEvents();
        fixture.given(opened(), withdrawn)
                .when(new RecordConsent(CASE_ID, true, false, LocalDate.of(2025, 7, 1)))
                .expectEvents(new ConsentRecorded(CASE_ID, true, false, LocalDate.of(2025, 7, 1)));
        fixture.given(opened(), withdrawn, new ConsentRecorded(CASE_ID, true, false, LocalDate.of(2025, 7, 1)))
                .when(new ProvideAssistance(CASE_ID, AssistanceKind.FOOD, "TH", "Shelter", null, LocalDate.of(2025, 7, 2)))
                .expectSuccessfulHandlerExecution();
        fixture.given(opened(), withdrawn)
                .when(new CloseCase(CASE_ID, ClosureReason.WITHDREW, LocalDate.of(2025, 6, 2)))
                .expectEvents(new CaseClosed(CASE_ID, ClosureReason.WITHDREW, LocalDate.of(2025, 6, 2)));
    }

    @Test
    void consentIsRecordedWithConsentToProcessingAndOnlyGivenConsentIsWithdrawn() {
        fixture.given(opened())
                .when(new RecordConsent(CASE_ID, false, true, LocalDate.of(2025, 7, 1)))
                .expectException(CaseRuleViolation.class).expectNoEvents();
        fixture.given(opened())
                .when(new WithdrawConsent(CASE_ID, ConsentScope.DATA_SHARING, LocalDate.of(2025, 6, 1)))
                .expectExceptionMessage("there is no consent to data sharing to withdraw").expectNoEvents();
    }
}

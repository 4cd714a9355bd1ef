package org.homeward.casefile;

import static org.homeward.casefile.CaseHistories.CASE_ID;
import static org.homeward.casefile.CaseHistories.GRANT_ID;
import static org.homeward.casefile.CaseHistories.exploited;
import static org.homeward.casefile.CaseHistories.firstTranche;
import static org.homeward.casefile.CaseHistories.fixture;
import static org.homeward.casefile.CaseHistories.grantApproved;
import static org.homeward.casefile.CaseHistories.opened;
import static org.homeward.casefile.CaseHistories.planAgreed;
import static org.homeward.casefile.CaseHistories.returned;
import static org.homeward.casefile.CaseHistories.usd;

import java.time.LocalDate;
import java.util.Map;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.homeward.casefile.journey.RecordReturnHome;
import org.homeward.casefile.reintegration.BusinessGrantTrancheDisbursed;
import org.homeward.casefile.reintegration.DisburseGrantTranche;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CorrectionTest {

    private FixtureConfiguration<ReintegrationCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    /** The identifier the event store gave the event at this position of the given history. */
    private String idOf(int position) {
        return fixture.getEventStore().readEvents(CASE_ID.toString()).asStream().toList().get(position).getIdentifier();
    }

    private TestExecutor<ReintegrationCase> granted() {
        return fixture.given(opened(), exploited(), returned(), planAgreed(), grantApproved(), firstTranche());
    }

    @Test
    void correctsTheDateOfTheReturnWithoutTouchingTheOriginal() {
        TestExecutor<ReintegrationCase> given = fixture.given(opened(), exploited(), returned());
        String returnedHome = idOf(2);
        given.when(new CorrectEntry(CASE_ID, returnedHome, Map.of("effectiveOn", "2025-02-12"), CorrectionReason.WRONG_DATE))
                .expectEvents(new EntryCorrected(CASE_ID, returnedHome, "ReturnedHome", Map.of("effectiveOn", "2025-02-12"),
                        CorrectionReason.WRONG_DATE, LocalDate.of(2025, 2, 12)));
    }

    @Test
    void aCorrectedReturnIsStillTheOneReturn() {
        TestExecutor<ReintegrationCase> given = fixture.given(opened(), exploited(), returned());
        String returnedHome = idOf(2);
        given.andGiven(new EntryCorrected(CASE_ID, returnedHome, "ReturnedHome", Map.of("effectiveOn", "2025-02-12"),
                        CorrectionReason.WRONG_DATE, LocalDate.of(2025, 2, 12)))
                .when(new RecordReturnHome(CASE_ID, LocalDate.of(2025, 2, 20), "Bali", null))
                .expectExceptionMessage("the return home is already recorded (on 2025-02-12); correct that entry instead");
    }

    @Test
    void laterRulesApplyToTheCorrectedValues() {
        TestExecutor<ReintegrationCase> given = granted();
        String grant = idOf(4);
        given.andGiven(new EntryCorrected(CASE_ID, grant, "BusinessGrantApproved",
                        Map.of("amount", Map.of("amount", 3000, "currency", "USD")), CorrectionReason.LATER_INFORMATION,
                        LocalDate.of(2025, 4, 1)))
                .when(new DisburseGrantTranche(CASE_ID, GRANT_ID, usd("1500"), LocalDate.of(2025, 6, 1)))
                .expectEvents(new BusinessGrantTrancheDisbursed(CASE_ID, GRANT_ID, 2, usd("1500"), LocalDate.of(2025, 6, 1)));
    }

    @Test
    void aCorrectionCannotBreakARule() {
        TestExecutor<ReintegrationCase> given = granted();
        String tranche = idOf(5);
        given.when(new CorrectEntry(CASE_ID, tranche, Map.of("amount", Map.of("amount", "1600", "currency", "USD")),
                        CorrectionReason.TYPING_ERROR))
                .expectExceptionMessage("this tranche would take the payments to 1600 USD, beyond the approved 1500 USD")
                .expectNoEvents();
    }

    @Test
    void aCorrectionCannotMakeALaterEntryBreakItsRules() {
        TestExecutor<ReintegrationCase> given = granted();
        String grant = idOf(4);
        String exploitation = idOf(1);
        given.when(new CorrectEntry(CASE_ID, grant, Map.of("effectiveOn", "2025-04-20"), CorrectionReason.WRONG_DATE))
                .expectExceptionMessage("a tranche cannot be paid before the grant was approved").expectNoEvents();
        given.when(new CorrectEntry(CASE_ID, exploitation, Map.of("startedOn", "2025-01-11", "endedOn", "2025-01-12"), CorrectionReason.WRONG_DATE))
                .expectExceptionMessage("the exploitation cannot begin after the referral").expectNoEvents();
    }

    @Test
    void aCorrectionMayNotDateAnEventInTheFuture() {
        TestExecutor<ReintegrationCase> given = fixture.given(opened(), exploited(), returned());
        String returnedHome = idOf(2);
        given.when(new CorrectEntry(CASE_ID, returnedHome, Map.of("effectiveOn", "2026-12-01"), CorrectionReason.WRONG_DATE))
                .expectExceptionMessage("the date cannot be in the future").expectNoEvents();
    }

    @Test
    void correctsOnlyKnownFieldsWithValuesOfTheirType() {
        TestExecutor<ReintegrationCase> given = granted();
        String tranche = idOf(5);
        String caseOpened = idOf(0);
        given.when(new CorrectEntry(CASE_ID, tranche, Map.of("colour", "red"), CorrectionReason.OTHER))
                .expectExceptionMessage("BusinessGrantTrancheDisbursed has no field colour").expectNoEvents();
        given.when(new CorrectEntry(CASE_ID, tranche, Map.of("grantId", "x"), CorrectionReason.OTHER))
                .expectExceptionMessage("grantId cannot be corrected").expectNoEvents();
        given.when(new CorrectEntry(CASE_ID, tranche, Map.of("trancheNumber", 3), CorrectionReason.OTHER))
                .expectExceptionMessage("trancheNumber cannot be corrected").expectNoEvents();
        given.when(new CorrectEntry(CASE_ID, tranche, Map.of("effectiveOn", "last week"), CorrectionReason.OTHER))
                .expectExceptionMessage("effectiveOn has the wrong type or format").expectNoEvents();
        given.when(new CorrectEntry(CASE_ID, caseOpened, Map.of("sex", "F"), CorrectionReason.OTHER))
                .expectExceptionMessage("must be one of [FEMALE, MALE, OTHER, UNKNOWN]").expectNoEvents();
        given.when(new CorrectEntry(CASE_ID, caseOpened, Map.of("reference", "JKT-2025-00001"), CorrectionReason.OTHER))
                .expectExceptionMessage("reference cannot be corrected").expectNoEvents();
        given.when(new CorrectEntry(CASE_ID, caseOpened, Map.of("birthYear", 1850), CorrectionReason.OTHER))
                .expectException(CaseRuleViolation.class).expectNoEvents();
        given.when(new CorrectEntry(CASE_ID, caseOpened, Map.of("consent", Map.of("dataProcessing", false)), CorrectionReason.OTHER))
                .expectExceptionMessage("consent cannot be corrected").expectNoEvents();
        String exploitation = idOf(1);
        given.when(new CorrectEntry(CASE_ID, exploitation, Map.of("transitCountries", java.util.Arrays.asList("TH", null)), CorrectionReason.OTHER))
                .expectExceptionMessage("transitCountries cannot hold empty values").expectNoEvents();
    }

    @Test
    void correctsTheOpeningOfTheCase() {
        TestExecutor<ReintegrationCase> given = fixture.given(opened());
        String caseOpened = idOf(0);
        given.when(new CorrectEntry(CASE_ID, caseOpened, Map.of("birthYear", 2000, "sex", "FEMALE"), CorrectionReason.TYPING_ERROR))
                .expectEvents(new EntryCorrected(CASE_ID, caseOpened, "CaseOpened", Map.of("birthYear", 2000, "sex", "FEMALE"),
                        CorrectionReason.TYPING_ERROR, LocalDate.of(2025, 1, 10)));
    }

    @Test
    void aCorrectionNamesAnEntryOfThisCaseValuesAndAReason() {
        TestExecutor<ReintegrationCase> given = fixture.given(opened(), returned());
        String returnedHome = idOf(1);
        given.when(new CorrectEntry(CASE_ID, "no-such-event", Map.of("effectiveOn", "2025-02-12"), CorrectionReason.WRONG_DATE))
                .expectExceptionMessage("this case has no such entry").expectNoEvents();
        given.when(new CorrectEntry(CASE_ID, returnedHome, Map.of(), CorrectionReason.WRONG_DATE))
                .expectExceptionMessage("say which values are corrected").expectNoEvents();
        given.when(new CorrectEntry(CASE_ID, returnedHome, Map.of("effectiveOn", "2025-02-12"), null))
                .expectExceptionMessage("the reason for the correction is required").expectNoEvents();
    }

    @Test
    void aCorrectionIsNotItselfCorrected() {
        TestExecutor<ReintegrationCase> given = fixture.given(opened(), returned());
        String returnedHome = idOf(1);
        given.andGiven(new EntryCorrected(CASE_ID, returnedHome, "ReturnedHome", Map.of("effectiveOn", "2025-02-12"),
                CorrectionReason.WRONG_DATE, LocalDate.of(2025, 2, 12)));
        String correction = idOf(2);
        given.when(new CorrectEntry(CASE_ID, correction, Map.of("reason", "OTHER"), CorrectionReason.OTHER))
                .expectExceptionMessage("EntryCorrected cannot be corrected; record a new one instead").expectNoEvents();
    }
}

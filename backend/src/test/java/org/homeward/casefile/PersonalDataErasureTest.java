package org.homeward.casefile;

import static org.homeward.casefile.CaseHistories.CASE_ID;
import static org.homeward.casefile.CaseHistories.TOMORROW_EVERYWHERE;
import static org.homeward.casefile.CaseHistories.closed;
import static org.homeward.casefile.CaseHistories.fixture;
import static org.homeward.casefile.CaseHistories.opened;
import static org.homeward.casefile.CaseHistories.returned;

import java.time.LocalDate;
import java.util.Map;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.homeward.casefile.identification.ConsentScope;
import org.homeward.casefile.identification.ConsentWithdrawn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A survivor's request to be forgotten, and the end of a retention period, as the case decides them. */
class PersonalDataErasureTest {

    private static final LocalDate ASKED = LocalDate.of(2025, 6, 3);
    private static final PersonalDataErased ERASED = new PersonalDataErased(CASE_ID, ErasureReason.SURVIVOR_REQUEST, ASKED);
    private FixtureConfiguration<ReintegrationCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void aSurvivorsRequestErasesTheirPersonalData() {
        fixture.given(opened(), returned())
                .when(new ErasePersonalData(CASE_ID, ASKED))
                .expectEvents(ERASED);
    }

    @Test
    void aClosedCaseIsErasedWhenItsRetentionPeriodIsOver() {
        fixture.given(opened(), returned(), closed())
                .when(new ErasePersonalDataAfterRetention(CASE_ID, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 9, 2)))
                .expectEvents(new PersonalDataErased(CASE_ID, ErasureReason.RETENTION_EXPIRED, LocalDate.of(2026, 9, 2)));
    }

    @Test
    void aCaseClosedAgainAfterTheCutOffKeepsItsData() {
        fixture.given(opened(), returned(), closed())
                .when(new ErasePersonalDataAfterRetention(CASE_ID, LocalDate.of(2025, 8, 31), LocalDate.of(2026, 9, 2)))
                .expectExceptionMessage("the case was closed on 2025-09-01, after the retention cut-off").expectNoEvents();
    }

    @Test
    void theRetentionPeriodRunsFromTheClosingOfACase() {
        fixture.given(opened(), returned())
                .when(new ErasePersonalDataAfterRetention(CASE_ID, ASKED, ASKED))
                .expectExceptionMessage("the retention period runs from the closing of a case; this case is open")
                .expectNoEvents();
    }

    @Test
    void withdrawnConsentDoesNotStandInTheWayOfAnErasure() {
        fixture.given(opened(), new ConsentWithdrawn(CASE_ID, ConsentScope.DATA_PROCESSING, LocalDate.of(2025, 5, 1)))
                .when(new ErasePersonalData(CASE_ID, ASKED))
                .expectEvents(ERASED);
    }

    @Test
    void personalDataAreErasedOnce() {
        fixture.given(opened(), ERASED)
                .when(new ErasePersonalData(CASE_ID, ASKED.plusDays(1)))
                .expectExceptionMessage("the personal data of this case were erased: nothing personal can be recorded for it again")
                .expectNoEvents();
    }

    @Test
    void noNoteCanBeAddedOnceErased() {
        fixture.given(opened(), ERASED)
                .when(new AddNote(CASE_ID, new SealedText("key-2", "bm90ZQ=="), ASKED.plusDays(1)))
                .expectException(CaseRuleViolation.class)
                .expectExceptionMessage("the personal data of this case were erased: nothing personal can be recorded for it again")
                .expectNoEvents();
    }

    @Test
    void everythingNonPersonalGoesOn() {
        fixture.given(opened(), returned(), ERASED)
                .when(new CloseCase(CASE_ID, ClosureReason.REINTEGRATED, ASKED.plusDays(1)))
                .expectEvents(new CaseClosed(CASE_ID, ClosureReason.REINTEGRATED, ASKED.plusDays(1)));
    }

    @Test
    void anErasureNeedsAPastDate() {
        fixture.given(opened())
                .when(new ErasePersonalData(CASE_ID, TOMORROW_EVERYWHERE))
                .expectExceptionMessage("the date cannot be in the future").expectNoEvents();
    }

    @Test
    void anErasureIsNeverCorrected() {
        TestExecutor<ReintegrationCase> given = fixture.given(opened(), ERASED);
        String erasure = fixture.getEventStore().readEvents(CASE_ID.toString()).asStream().toList().get(1).getIdentifier();
        given.when(new CorrectEntry(CASE_ID, erasure, Map.of("reason", "RETENTION_EXPIRED"), CorrectionReason.WRONG_OPTION_CHOSEN))
                .expectExceptionMessage("PersonalDataErased cannot be corrected; record a new one instead").expectNoEvents();
    }
}

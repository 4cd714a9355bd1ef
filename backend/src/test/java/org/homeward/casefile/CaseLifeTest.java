package org.homeward.casefile;

import static org.homeward.casefile.CaseHistories.CASE_ID;
import static org.homeward.casefile.CaseHistories.closed;
import static org.homeward.casefile.CaseHistories.fixture;
import static org.homeward.casefile.CaseHistories.opened;
import static org.homeward.casefile.CaseHistories.returned;

import java.time.LocalDate;
import java.util.Map;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.homeward.casefile.reintegration.ProvideSocialSupport;
import org.homeward.casefile.reintegration.SocialSupportKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CaseLifeTest {

    private static final LocalDate JUNE = LocalDate.of(2025, 6, 3);
    private FixtureConfiguration<ReintegrationCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void reassignsToAnotherOfficer() {
        fixture.given(opened())
                .when(new ReassignCase(CASE_ID, "officer-jkt-2", JUNE))
                .expectEvents(new CaseReassigned(CASE_ID, "officer-jkt", "officer-jkt-2", JUNE));
        fixture.given(opened())
                .when(new ReassignCase(CASE_ID, "officer-jkt", JUNE))
                .expectExceptionMessage("the case is already assigned to officer-jkt").expectNoEvents();
    }

    @Test
    void transfersToAnotherOffice() {
        fixture.given(opened())
                .when(new TransferCase(CASE_ID, "NBO", "officer-nbo", JUNE))
                .expectEvents(new CaseTransferred(CASE_ID, "JKT", "NBO", "officer-nbo", JUNE));
        fixture.given(opened())
                .when(new TransferCase(CASE_ID, "JKT", "officer-jkt", JUNE))
                .expectExceptionMessage("the case already belongs to JKT").expectNoEvents();
    }

    @Test
    void refusesACommandRecordedForAnotherOfficeThanTheCasesOwn() {
        fixture.given(opened(), new CaseTransferred(CASE_ID, "JKT", "NBO", "officer-nbo", JUNE))
                .when(new AddNote(CASE_ID, new SealedText("key-1", "bm90ZQ=="), JUNE),
                        Map.of(RecordedBy.USER, "officer-jkt", RecordedBy.OFFICE, "JKT"))
                .expectException(UnknownCase.class).expectNoEvents();
        fixture.given(opened())
                .when(new AddNote(CASE_ID, new SealedText("key-1", "bm90ZQ=="), JUNE),
                        Map.of(RecordedBy.USER, "officer-jkt", RecordedBy.OFFICE, "JKT"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void addsASealedNote() {
        SealedText note = new SealedText("key-1", "bm90ZQ==");
        fixture.given(opened())
                .when(new AddNote(CASE_ID, note, JUNE))
                .expectEvents(new NoteAdded(CASE_ID, note, JUNE));
    }

    @Test
    void closesACase() {
        fixture.given(opened(), returned())
                .when(new CloseCase(CASE_ID, ClosureReason.REINTEGRATED, JUNE))
                .expectEvents(new CaseClosed(CASE_ID, ClosureReason.REINTEGRATED, JUNE));
    }

    @Test
    void nothingIsRecordedOnAClosedCaseButItsReopening() {
        fixture.given(opened(), returned(), closed())
                .when(new ProvideSocialSupport(CASE_ID, SocialSupportKind.PEER_SUPPORT_GROUP, LocalDate.of(2025, 9, 2)))
                .expectExceptionMessage("the case is closed; reopen it first").expectNoEvents();
        fixture.given(opened(), returned(), closed())
                .when(new AddNote(CASE_ID, new SealedText("key-1", "bm90ZQ=="), LocalDate.of(2025, 9, 2)))
                .expectExceptionMessage("the case is closed; reopen it first").expectNoEvents();
        fixture.given(opened(), returned(), closed())
                .when(new CorrectEntry(CASE_ID, "any", Map.of("reason", "REINTEGRATED"), CorrectionReason.WRONG_OPTION_CHOSEN))
                .expectExceptionMessage("the case is closed; reopen it first").expectNoEvents();
        fixture.given(opened(), returned(), closed())
                .when(new CloseCase(CASE_ID, ClosureReason.REINTEGRATED, LocalDate.of(2025, 9, 2)))
                .expectExceptionMessage("the case is closed; reopen it first").expectNoEvents();
        fixture.given(opened(), returned(), closed())
                .when(new ReopenCase(CASE_ID, ReopeningReason.CONTACT_RESUMED, LocalDate.of(2025, 10, 1)))
                .expectEvents(new CaseReopened(CASE_ID, ReopeningReason.CONTACT_RESUMED, LocalDate.of(2025, 10, 1)));
        fixture.given(opened(), returned(), closed(), new CaseReopened(CASE_ID, ReopeningReason.CONTACT_RESUMED, LocalDate.of(2025, 10, 1)))
                .when(new ProvideSocialSupport(CASE_ID, SocialSupportKind.PEER_SUPPORT_GROUP, LocalDate.of(2025, 10, 2)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void onlyAClosedCaseIsReopenedAndNotBeforeItsClosure() {
        fixture.given(opened())
                .when(new ReopenCase(CASE_ID, ReopeningReason.NEW_NEEDS, JUNE))
                .expectExceptionMessage("the case is not closed").expectNoEvents();
        fixture.given(opened(), returned(), closed())
                .when(new ReopenCase(CASE_ID, ReopeningReason.CLOSED_IN_ERROR, LocalDate.of(2025, 8, 31)))
                .expectExceptionMessage("a case cannot be reopened before it was closed (2025-09-01)").expectNoEvents();
    }
}

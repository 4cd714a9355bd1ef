package org.homeward.casefile;

import static org.homeward.casefile.CaseHistories.CASE_ID;
import static org.homeward.casefile.CaseHistories.FOLLOW_UP_ID;
import static org.homeward.casefile.CaseHistories.fixture;
import static org.homeward.casefile.CaseHistories.followUpScheduled;
import static org.homeward.casefile.CaseHistories.opened;
import static org.homeward.casefile.CaseHistories.returned;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.homeward.casefile.followup.CompleteFollowUp;
import org.homeward.casefile.followup.ContactMode;
import org.homeward.casefile.followup.FollowUpCompleted;
import org.homeward.casefile.followup.FollowUpMissed;
import org.homeward.casefile.followup.FollowUpPurpose;
import org.homeward.casefile.followup.RecordMissedFollowUp;
import org.homeward.casefile.followup.ScheduleFollowUp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FollowUpTest {

    private FixtureConfiguration<ReintegrationCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void schedulesAFollowUpThatMayFallDueInTheFuture() {
        fixture.given(opened(), returned())
                .when(new ScheduleFollowUp(CASE_ID, FOLLOW_UP_ID, FollowUpPurpose.CHECK_IN, LocalDate.of(2025, 5, 14), LocalDate.of(2025, 2, 14)))
                .expectEvents(followUpScheduled());
        fixture.given(opened(), returned())
                .when(new ScheduleFollowUp(CASE_ID, FOLLOW_UP_ID, FollowUpPurpose.HOME_VISIT, LocalDate.of(2027, 2, 14), LocalDate.of(2026, 11, 20)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aFollowUpIsDueAfterItIsScheduledWithinFiveYearsAndScheduledOnce() {
        fixture.given(opened())
                .when(new ScheduleFollowUp(CASE_ID, FOLLOW_UP_ID, FollowUpPurpose.CHECK_IN, LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 1)))
                .expectExceptionMessage("a follow-up cannot be due before it was scheduled").expectNoEvents();
        fixture.given(opened())
                .when(new ScheduleFollowUp(CASE_ID, FOLLOW_UP_ID, FollowUpPurpose.CHECK_IN, LocalDate.of(2031, 2, 2), LocalDate.of(2025, 2, 1)))
                .expectExceptionMessage("a follow-up cannot be due more than five years ahead").expectNoEvents();
        fixture.given(opened(), returned(), followUpScheduled())
                .when(new ScheduleFollowUp(CASE_ID, FOLLOW_UP_ID, FollowUpPurpose.CHECK_IN, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 3, 1)))
                .expectExceptionMessage("this follow-up is already scheduled").expectNoEvents();
    }

    @Test
    void completesAScheduledFollowUpOnce() {
        fixture.given(opened(), returned(), followUpScheduled())
                .when(new CompleteFollowUp(CASE_ID, FOLLOW_UP_ID, ContactMode.HOME_VISIT, LocalDate.of(2025, 5, 16)))
                .expectEvents(new FollowUpCompleted(CASE_ID, FOLLOW_UP_ID, ContactMode.HOME_VISIT, LocalDate.of(2025, 5, 16)));
        fixture.given(opened(), returned(), followUpScheduled(),
                        new FollowUpCompleted(CASE_ID, FOLLOW_UP_ID, ContactMode.PHONE, LocalDate.of(2025, 5, 16)))
                .when(new RecordMissedFollowUp(CASE_ID, FOLLOW_UP_ID, 2, LocalDate.of(2025, 5, 20)))
                .expectExceptionMessage("this follow-up was already recorded as completed").expectNoEvents();
    }

    @Test
    void aContactIsForAKnownFollowUpAndNotBeforeItWasScheduled() {
        fixture.given(opened(), returned(), followUpScheduled())
                .when(new CompleteFollowUp(CASE_ID, UUID.randomUUID(), ContactMode.PHONE, LocalDate.of(2025, 5, 16)))
                .expectExceptionMessage("this case has no such follow-up").expectNoEvents();
        fixture.given(opened(), returned(), followUpScheduled())
                .when(new CompleteFollowUp(CASE_ID, FOLLOW_UP_ID, ContactMode.PHONE, LocalDate.of(2025, 2, 13)))
                .expectExceptionMessage("the contact cannot be before the follow-up was scheduled").expectNoEvents();
    }

    @Test
    void recordsAMissedFollowUpWithItsAttempts() {
        fixture.given(opened(), returned(), followUpScheduled())
                .when(new RecordMissedFollowUp(CASE_ID, FOLLOW_UP_ID, 3, LocalDate.of(2025, 5, 20)))
                .expectEvents(new FollowUpMissed(CASE_ID, FOLLOW_UP_ID, 3, LocalDate.of(2025, 5, 20)));
        fixture.given(opened(), returned(), followUpScheduled())
                .when(new RecordMissedFollowUp(CASE_ID, FOLLOW_UP_ID, 0, LocalDate.of(2025, 5, 20)))
                .expectExceptionMessage("a missed follow-up takes between 1 and 50 attempts").expectNoEvents();
        fixture.given(opened(), returned(), followUpScheduled())
                .when(new RecordMissedFollowUp(CASE_ID, FOLLOW_UP_ID, 51, LocalDate.of(2025, 5, 20)))
                .expectExceptionMessage("a missed follow-up takes between 1 and 50 attempts").expectNoEvents();
    }
}

package org.homeward.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.homeward.casefile.CaseHistories.CASE_ID;
import static org.homeward.casefile.CaseHistories.FOLLOW_UP_ID;
import static org.homeward.casefile.CaseHistories.exploited;
import static org.homeward.casefile.CaseHistories.fixture;
import static org.homeward.casefile.CaseHistories.followUpScheduled;
import static org.homeward.casefile.CaseHistories.opened;
import static org.homeward.casefile.CaseHistories.returned;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.homeward.casefile.followup.CompleteFollowUp;
import org.homeward.casefile.followup.ContactMode;
import org.homeward.casefile.followup.FollowUpCancellation;
import org.homeward.casefile.followup.FollowUpCancelled;
import org.homeward.casefile.followup.FollowUpCompleted;
import org.homeward.casefile.followup.FollowUpMissed;
import org.homeward.casefile.followup.FollowUpPlan;
import org.homeward.casefile.followup.FollowUpPurpose;
import org.homeward.casefile.followup.FollowUpScheduled;
import org.homeward.casefile.followup.RecordMissedFollowUp;
import org.homeward.casefile.followup.ScheduleFollowUp;
import org.homeward.casefile.journey.RecordReturnHome;
import org.homeward.casefile.journey.ReturnedHome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The programme's follow-up plan, scheduled by the return home, and the cancellation of what is pending at closure. */
class FollowUpPlanTest {

    private static final LocalDate RETURNED_ON = LocalDate.of(2025, 2, 14);
    private static final LocalDate CLOSED_ON = LocalDate.of(2025, 9, 1);

    private FixtureConfiguration<ReintegrationCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static UUID planned(int month) {
        return FollowUpPlan.followUpId(CASE_ID, month);
    }

    private static FollowUpScheduled scheduled(int month, FollowUpPurpose purpose) {
        return new FollowUpScheduled(CASE_ID, planned(month), purpose, RETURNED_ON.plusMonths(month), RETURNED_ON);
    }

    /** The plan's six follow-ups as the default plan schedules them on the return of {@link CaseHistories#returned()}. */
    private static List<Object> defaultPlan() {
        return List.of(scheduled(1, FollowUpPurpose.CHECK_IN), scheduled(3, FollowUpPurpose.CHECK_IN),
                scheduled(6, FollowUpPurpose.REINTEGRATION_ASSESSMENT), scheduled(12, FollowUpPurpose.REINTEGRATION_ASSESSMENT),
                scheduled(18, FollowUpPurpose.CHECK_IN), scheduled(24, FollowUpPurpose.REINTEGRATION_ASSESSMENT));
    }

    private static Object[] returnedWithThePlan() {
        List<Object> events = new ArrayList<>(List.of(opened(), exploited(), returned()));
        events.addAll(defaultPlan());
        return events.toArray();
    }

    private static FollowUpCancelled cancelled(UUID followUpId) {
        return new FollowUpCancelled(CASE_ID, followUpId, FollowUpCancellation.CASE_CLOSED, CLOSED_ON);
    }

    @Test
    void theReturnHomeSchedulesTheSixFollowUpsOfThePlan() {
        List<Object> expected = new ArrayList<>(List.of(returned()));
        expected.addAll(defaultPlan());
        fixture.given(opened(), exploited())
                .when(new RecordReturnHome(CASE_ID, RETURNED_ON, "Jawa Barat", "Bandung"))
                .expectEvents(expected.toArray());

        assertThat(defaultPlan()).extracting(event -> ((FollowUpScheduled) event).dueOn().toString())
                .containsExactly("2025-03-14", "2025-05-14", "2025-08-14", "2026-02-14", "2026-08-14", "2027-02-14");
    }

    @Test
    void theFollowUpsAreNamedAfterTheCaseAndTheMonth() {
        assertThat(FollowUpPlan.followUpId(CASE_ID, 6)).isEqualTo(FollowUpPlan.followUpId(CASE_ID, 6))
                .isNotEqualTo(FollowUpPlan.followUpId(CASE_ID, 12))
                .isNotEqualTo(FollowUpPlan.followUpId(UUID.fromString("7f1c2a9e-0000-4000-8000-000000000002"), 6));
        assertThat(FollowUpPlan.DEFAULT.followUps(CASE_ID, RETURNED_ON)).extracting(FollowUpPlan.Planned::followUpId)
                .doesNotHaveDuplicates().hasSize(6);
    }

    @Test
    void aConfiguredPlanSchedulesItsOwnMonths() {
        FixtureConfiguration<ReintegrationCase> configured = new AggregateTestFixture<>(ReintegrationCase.class);
        configured.registerInjectableResource(CaseHistories.NOW);
        configured.registerInjectableResource(CaseHistories.SCHEMES);
        configured.registerInjectableResource(FollowUpPlan.parse("2, 4"));

        configured.given(opened(), exploited())
                .when(new RecordReturnHome(CASE_ID, LocalDate.of(2025, 1, 31), "Jawa Barat", null))
                .expectEvents(new ReturnedHome(CASE_ID, "Jawa Barat", null, LocalDate.of(2025, 1, 31)),
                        new FollowUpScheduled(CASE_ID, planned(2), FollowUpPurpose.CHECK_IN, LocalDate.of(2025, 3, 31), LocalDate.of(2025, 1, 31)),
                        new FollowUpScheduled(CASE_ID, planned(4), FollowUpPurpose.CHECK_IN, LocalDate.of(2025, 5, 31), LocalDate.of(2025, 1, 31)));
    }

    @Test
    void aPlanIsAscendingWholeMonthsWithinFiveYears() {
        assertThat(FollowUpPlan.parse("1,3,6,12,18,24")).isEqualTo(FollowUpPlan.DEFAULT);
        assertThat(FollowUpPlan.parse(" 60 ").months()).containsExactly(60);
        assertThatIllegalArgumentException().isThrownBy(() -> FollowUpPlan.parse("3,1")).withMessageContaining("ascending");
        assertThatIllegalArgumentException().isThrownBy(() -> FollowUpPlan.parse("1,1")).withMessageContaining("ascending");
        assertThatIllegalArgumentException().isThrownBy(() -> FollowUpPlan.parse("0,3")).withMessageContaining("from 1 to 60");
        assertThatIllegalArgumentException().isThrownBy(() -> FollowUpPlan.parse("61")).withMessageContaining("from 1 to 60");
        assertThatIllegalArgumentException().isThrownBy(() -> FollowUpPlan.parse("1,three")).withMessageContaining("whole numbers");
        assertThatIllegalArgumentException().isThrownBy(() -> FollowUpPlan.parse("")).withMessageContaining("at least one month");
    }

    @Test
    void aRefusedReturnSchedulesNothing() {
        fixture.given(returnedWithThePlan())
                .when(new RecordReturnHome(CASE_ID, LocalDate.of(2025, 2, 20), "Bali", null))
                .expectExceptionMessage("the return home is already recorded (on 2025-02-14); correct that entry instead")
                .expectNoEvents();
    }

    @Test
    void closingCancelsOnlyThePendingFollowUpsAfterTheClosure() {
        UUID byHand = FOLLOW_UP_ID;
        fixture.given(returnedWithThePlan())
                .andGiven(new FollowUpCompleted(CASE_ID, planned(1), ContactMode.PHONE, LocalDate.of(2025, 3, 15)),
                        new FollowUpMissed(CASE_ID, planned(3), 3, LocalDate.of(2025, 5, 20)),
                        followUpScheduled())
                .when(new CloseCase(CASE_ID, ClosureReason.LOST_CONTACT, CLOSED_ON))
                .expectEvents(new CaseClosed(CASE_ID, ClosureReason.LOST_CONTACT, CLOSED_ON),
                        cancelled(byHand), // due 2025-05-14, the earliest still pending
                        cancelled(planned(6)), cancelled(planned(12)), cancelled(planned(18)), cancelled(planned(24)));
    }

    @Test
    void closingACaseWithoutPendingFollowUpsRecordsTheClosureOnly() {
        fixture.given(opened(), returned())
                .when(new CloseCase(CASE_ID, ClosureReason.REINTEGRATED, CLOSED_ON))
                .expectEvents(new CaseClosed(CASE_ID, ClosureReason.REINTEGRATED, CLOSED_ON));
    }

    /** Returned with the plan, then closed: the closure and the six cancellations. */
    private static List<Object> closedWithThePlanCancelledEvents() {
        List<Object> events = new ArrayList<>(List.of(returnedWithThePlan()));
        events.add(new CaseClosed(CASE_ID, ClosureReason.LOST_CONTACT, CLOSED_ON));
        List.of(1, 3, 6, 12, 18, 24).forEach(month -> events.add(cancelled(planned(month))));
        return events;
    }

    private TestExecutor<ReintegrationCase> closedWithThePlanCancelled() {
        return fixture.given(closedWithThePlanCancelledEvents());
    }

    @Test
    void aCancelledFollowUpIsNeitherCompletedNorMissedEvenAfterReopening() {
        CaseReopened reopened = new CaseReopened(CASE_ID, ReopeningReason.CONTACT_RESUMED, LocalDate.of(2025, 10, 1));
        closedWithThePlanCancelled().andGiven(reopened)
                .when(new CompleteFollowUp(CASE_ID, planned(12), ContactMode.HOME_VISIT, LocalDate.of(2026, 2, 14)))
                .expectExceptionMessage("this follow-up was already recorded as cancelled").expectNoEvents();
        closedWithThePlanCancelled().andGiven(reopened)
                .when(new RecordMissedFollowUp(CASE_ID, planned(12), 2, LocalDate.of(2026, 2, 14)))
                .expectExceptionMessage("this follow-up was already recorded as cancelled").expectNoEvents();
    }

    @Test
    void reopeningSchedulesNothingAndOfficersScheduleByHand() {
        closedWithThePlanCancelled()
                .when(new ReopenCase(CASE_ID, ReopeningReason.CONTACT_RESUMED, LocalDate.of(2025, 10, 1)))
                .expectEvents(new CaseReopened(CASE_ID, ReopeningReason.CONTACT_RESUMED, LocalDate.of(2025, 10, 1)));
        closedWithThePlanCancelled()
                .andGiven(new CaseReopened(CASE_ID, ReopeningReason.CONTACT_RESUMED, LocalDate.of(2025, 10, 1)))
                .when(new ScheduleFollowUp(CASE_ID, FOLLOW_UP_ID, FollowUpPurpose.HOME_VISIT, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 10, 1)))
                .expectEvents(new FollowUpScheduled(CASE_ID, FOLLOW_UP_ID, FollowUpPurpose.HOME_VISIT, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 10, 1)));
    }

    @Test
    void aCancellationIsNotCorrected() {
        List<Object> events = new ArrayList<>(closedWithThePlanCancelledEvents());
        events.add(new CaseReopened(CASE_ID, ReopeningReason.CONTACT_RESUMED, LocalDate.of(2025, 10, 1)));
        TestExecutor<ReintegrationCase> given = fixture.given(events);
        String cancellation = fixture.getEventStore().readEvents(CASE_ID.toString()).asStream().toList().get(10).getIdentifier();
        given.when(new CorrectEntry(CASE_ID, cancellation, Map.of("effectiveOn", "2025-09-02"), CorrectionReason.WRONG_DATE))
                .expectExceptionMessage("FollowUpCancelled cannot be corrected; record a new one instead").expectNoEvents();
    }

    private List<String> eventIds() {
        return fixture.getEventStore().readEvents(CASE_ID.toString()).asStream().map(message -> message.getIdentifier()).toList();
    }

    @Test
    void correctingTheReturnDateKeepsThePlannedDueDatesWhichOfficersCorrectOneByOne() {
        TestExecutor<ReintegrationCase> given = fixture.given(returnedWithThePlan());
        String returnedHome = eventIds().get(2);
        given.when(new CorrectEntry(CASE_ID, returnedHome, Map.of("effectiveOn", "2025-03-01"), CorrectionReason.WRONG_DATE))
                .expectEvents(new EntryCorrected(CASE_ID, returnedHome, "ReturnedHome", Map.of("effectiveOn", "2025-03-01"),
                        CorrectionReason.WRONG_DATE, LocalDate.of(2025, 3, 1)));

        given = fixture.given(returnedWithThePlan());
        List<String> ids = eventIds();
        String oneMonth = ids.get(3);
        given.andGiven(new EntryCorrected(CASE_ID, ids.get(2), "ReturnedHome", Map.of("effectiveOn", "2025-03-01"),
                        CorrectionReason.WRONG_DATE, LocalDate.of(2025, 3, 1)))
                .when(new CorrectEntry(CASE_ID, oneMonth, Map.of("dueOn", "2025-04-01"), CorrectionReason.WRONG_DATE))
                .expectEvents(new EntryCorrected(CASE_ID, oneMonth, "FollowUpScheduled", Map.of("dueOn", "2025-04-01"),
                        CorrectionReason.WRONG_DATE, RETURNED_ON));
    }
}

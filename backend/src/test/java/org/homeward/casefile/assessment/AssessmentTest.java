package org.homeward.casefile.assessment;

import static org.homeward.casefile.CaseHistories.CASE_ID;
import static org.homeward.casefile.CaseHistories.TOMORROW_EVERYWHERE;
import static org.homeward.casefile.CaseHistories.closed;
import static org.homeward.casefile.CaseHistories.exploited;
import static org.homeward.casefile.CaseHistories.fixture;
import static org.homeward.casefile.CaseHistories.opened;
import static org.homeward.casefile.CaseHistories.returned;
import static org.homeward.casefile.assessment.AnswerSets.V1;
import static org.homeward.casefile.assessment.AnswerSets.doingWell;
import static org.homeward.casefile.assessment.AnswerSets.struggling;
import static org.homeward.casefile.assessment.AnswerSets.with;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.homeward.casefile.CaseRuleViolation;
import org.homeward.casefile.CorrectEntry;
import org.homeward.casefile.CorrectionReason;
import org.homeward.casefile.EntryCorrected;
import org.homeward.casefile.ReintegrationCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The case records an assessment's answers once the person is home, in full and in the codes of its scheme. */
class AssessmentTest {

    private static final UUID ASSESSMENT_ID = UUID.fromString("7f1c2a9e-0000-4000-8000-0000000000e1");
    /** Three months after the return home of 2025-02-14. */
    private static final LocalDate THREE_MONTHS_ON = LocalDate.of(2025, 5, 14);

    private FixtureConfiguration<ReintegrationCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static RecordReintegrationAssessment assess(LocalDate on, Map<String, String> answers) {
        return new RecordReintegrationAssessment(CASE_ID, ASSESSMENT_ID, on, V1, answers);
    }

    /** A refusal that points at this field. */
    private static Matcher<CaseRuleViolation> refusedAt(String field) {
        return new FeatureMatcher<>(Matchers.equalTo(field), "a case rule violation at", "field") {
            @Override
            protected String featureValueOf(CaseRuleViolation violation) {
                return violation.field();
            }
        };
    }

    @Test
    void recordsTheAnswersAndTheirSchemeNotScores() {
        fixture.given(opened(), exploited(), returned())
                .when(assess(THREE_MONTHS_ON, struggling()))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ReintegrationAssessed(CASE_ID, ASSESSMENT_ID, V1, struggling(), THREE_MONTHS_ON));
    }

    @Test
    void anAssessmentOnTheDayOfTheReturnIsAccepted() {
        fixture.given(opened(), exploited(), returned())
                .when(assess(returned().effectiveOn(), struggling()))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void noAssessmentBeforeThePersonIsHome() {
        fixture.given(opened(), exploited())
                .when(assess(THREE_MONTHS_ON, doingWell()))
                .expectException(refusedAt("caseId"))
                .expectExceptionMessage("the person has not returned home yet; record the return first")
                .expectNoEvents();
        fixture.given(opened(), exploited(), returned())
                .when(assess(LocalDate.of(2025, 2, 13), doingWell()))
                .expectException(refusedAt("assessedOn"))
                .expectExceptionMessage("an assessment cannot be dated before the return home (2025-02-14)")
                .expectNoEvents();
    }

    @Test
    void refusesAnIndicatorTheSchemeDoesNotHave() {
        fixture.given(opened(), exploited(), returned())
                .when(assess(THREE_MONTHS_ON, with(doingWell(), "economic.lottery_win", "yes")))
                .expectException(refusedAt("answers.economic.lottery_win"))
                .expectExceptionMessage("the scoring scheme " + V1 + " has no such indicator")
                .expectNoEvents();
    }

    @Test
    void refusesAnIndicatorLeftUnanswered() {
        fixture.given(opened(), exploited(), returned())
                .when(assess(THREE_MONTHS_ON, with(doingWell(), "psychosocial.signs_of_distress", null)))
                .expectException(refusedAt("answers.psychosocial.signs_of_distress"))
                .expectExceptionMessage("not answered; every indicator of " + V1
                        + " needs one of [very_often, often, sometimes, rarely, never]")
                .expectNoEvents();
        fixture.given(opened(), exploited(), returned())
                .when(assess(THREE_MONTHS_ON, null))
                .expectException(refusedAt("answers")).expectNoEvents();
    }

    @Test
    void refusesAnAnswerNotOnTheIndicatorsScale() {
        fixture.given(opened(), exploited(), returned())
                .when(assess(THREE_MONTHS_ON, with(doingWell(), "economic.debt", "some")))
                .expectException(refusedAt("answers.economic.debt"))
                .expectExceptionMessage("not an answer of this indicator; one of [debt_cannot_be_repaid, debt_being_repaid, no_debt]")
                .expectNoEvents();
        // "not applicable" only where the scheme allows it
        fixture.given(opened(), exploited(), returned())
                .when(assess(THREE_MONTHS_ON, with(doingWell(), "economic.debt", "no_work")))
                .expectException(refusedAt("answers.economic.debt")).expectNoEvents();
    }

    @Test
    void refusesAnUnknownSchemeVersion() {
        fixture.given(opened(), exploited(), returned())
                .when(new RecordReintegrationAssessment(CASE_ID, ASSESSMENT_ID, THREE_MONTHS_ON, "rss-v7", doingWell()))
                .expectException(refusedAt("schemeVersion"))
                .expectExceptionMessage("no such scoring scheme; known: [" + V1 + "]")
                .expectNoEvents();
        fixture.given(opened(), exploited(), returned())
                .when(new RecordReintegrationAssessment(CASE_ID, ASSESSMENT_ID, THREE_MONTHS_ON, " ", doingWell()))
                .expectException(refusedAt("schemeVersion")).expectNoEvents();
    }

    @Test
    void refusesAnAssessmentInTheFuture() {
        fixture.given(opened(), exploited(), returned())
                .when(assess(TOMORROW_EVERYWHERE, doingWell()))
                .expectException(refusedAt("assessedOn"))
                .expectExceptionMessage("the date cannot be in the future")
                .expectNoEvents();
        fixture.given(opened(), exploited(), returned())
                .when(assess(null, doingWell()))
                .expectExceptionMessage("the date is required").expectNoEvents();
    }

    @Test
    void aClosedCaseTakesNoAssessment() {
        fixture.given(opened(), exploited(), returned(), closed())
                .when(assess(LocalDate.of(2025, 10, 1), doingWell()))
                .expectExceptionMessage("the case is closed; reopen it first")
                .expectNoEvents();
    }

    @Test
    void eachAssessmentIsRecordedOnce() {
        fixture.given(opened(), exploited(), returned(),
                        new ReintegrationAssessed(CASE_ID, ASSESSMENT_ID, V1, struggling(), THREE_MONTHS_ON))
                .when(assess(LocalDate.of(2025, 8, 14), doingWell()))
                .expectException(refusedAt("assessmentId"))
                .expectExceptionMessage("this assessment is already recorded")
                .expectNoEvents();
        fixture.given(opened(), exploited(), returned())
                .when(new RecordReintegrationAssessment(CASE_ID, null, THREE_MONTHS_ON, V1, doingWell()))
                .expectException(refusedAt("assessmentId")).expectNoEvents();
    }

    @Test
    void correctsTheAnswersAsAWholeUnderTheSameRules() {
        TestExecutor<ReintegrationCase> given = fixture.given(opened(), exploited(), returned(),
                new ReintegrationAssessed(CASE_ID, ASSESSMENT_ID, V1, struggling(), THREE_MONTHS_ON));
        String assessed = fixture.getEventStore().readEvents(CASE_ID.toString()).asStream().toList().get(3).getIdentifier();
        given.when(new CorrectEntry(CASE_ID, assessed, Map.of("answers", Map.of("economic.debt", "debt_being_repaid")),
                        CorrectionReason.TYPING_ERROR))
                .expectException(refusedAt("answers.economic.economic_situation_satisfaction")).expectNoEvents();
        given.when(new CorrectEntry(CASE_ID, assessed, Map.of("answers", with(struggling(), "economic.debt", "huge")),
                        CorrectionReason.TYPING_ERROR))
                .expectException(refusedAt("answers.economic.debt")).expectNoEvents();
        given.when(new CorrectEntry(CASE_ID, assessed, Map.of("effectiveOn", "2025-02-01"), CorrectionReason.WRONG_DATE))
                .expectExceptionMessage("an assessment cannot be dated before the return home (2025-02-14)").expectNoEvents();
        given.when(new CorrectEntry(CASE_ID, assessed, Map.of("assessmentId", UUID.randomUUID().toString()),
                        CorrectionReason.OTHER))
                .expectExceptionMessage("assessmentId cannot be corrected").expectNoEvents();
        Map<String, String> corrected = with(struggling(), "economic.debt", "debt_being_repaid");
        given.when(new CorrectEntry(CASE_ID, assessed, Map.of("answers", corrected), CorrectionReason.TYPING_ERROR))
                .expectEvents(new EntryCorrected(CASE_ID, assessed, "ReintegrationAssessed", Map.of("answers", corrected),
                        CorrectionReason.TYPING_ERROR, THREE_MONTHS_ON));
    }

    @Test
    void aCorrectedReturnCannotLeaveAnAssessmentBeforeIt() {
        TestExecutor<ReintegrationCase> given = fixture.given(opened(), exploited(), returned(),
                new ReintegrationAssessed(CASE_ID, ASSESSMENT_ID, V1, struggling(), THREE_MONTHS_ON));
        String returnedHome = fixture.getEventStore().readEvents(CASE_ID.toString()).asStream().toList().get(2).getIdentifier();
        given.when(new CorrectEntry(CASE_ID, returnedHome, Map.of("effectiveOn", "2025-06-01"), CorrectionReason.WRONG_DATE))
                .expectExceptionMessage("an assessment cannot be dated before the return home (2025-06-01)").expectNoEvents();
    }
}

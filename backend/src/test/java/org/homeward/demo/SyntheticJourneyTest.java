package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.homeward.casefile.NewCase;
import org.homeward.casefile.OpenCase;
import org.homeward.casefile.ReintegrationCase;
import org.homeward.casefile.SealedPersonalDetails;
import org.homeward.casefile.assessment.AssessmentScores;
import org.homeward.casefile.assessment.RecordReintegrationAssessment;
import org.homeward.casefile.assessment.ScoringConfiguration;
import org.homeward.casefile.assessment.ScoringScheme;
import org.homeward.casefile.assessment.ScoringSchemes;
import org.homeward.casefile.followup.FollowUpPlan;
import org.homeward.casefile.journey.RecordReturnHome;
import org.junit.jupiter.api.Test;

/** The demo caseload only holds histories that the case's own rules accept. */
class SyntheticJourneyTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.now(NOW);
    private static final ScoringSchemes SCHEMES = ScoringConfiguration.fromClasspath();
    private static final ScoringScheme SCHEME = SCHEMES.newest();

    @Test
    void everyGeneratedStepIsAcceptedByTheCase() {
        SyntheticCaseload caseload = new SyntheticCaseload(7L, TODAY);
        SyntheticJourney journeys = new SyntheticJourney(new Random(8L), TODAY, SCHEME, FollowUpPlan.DEFAULT);
        List<NewCase> cases = new ArrayList<>(caseload.cases("JKT", List.of("ID"), 60));
        cases.addAll(caseload.cases("NBO", List.of("KE", "UG", "ET"), 60));
        int returned = 0;
        int assessed = 0;
        int improved = 0;
        int declined = 0;
        for (NewCase newCase : cases) {
            UUID caseId = UUID.randomUUID();
            List<Object> commands = new ArrayList<>();
            commands.add(new OpenCase(caseId, "JKT-2026-00001", new SealedPersonalDetails("k", "c"), newCase.sex(),
                    newCase.birthYear(), newCase.nationality(), newCase.office(), newCase.referralSource(),
                    newCase.referredOn(), newCase.consent(), "officer"));
            commands.addAll(journeys.steps(caseId, newCase.nationality(), newCase.referredOn()));
            returned += commands.stream().anyMatch(RecordReturnHome.class::isInstance) ? 1 : 0;
            List<AssessmentScores> scores = commands.stream().filter(RecordReintegrationAssessment.class::isInstance)
                    .map(command -> SCHEME.score(((RecordReintegrationAssessment) command).answers())).toList();
            assessed += scores.isEmpty() ? 0 : 1;
            if (scores.size() >= 3) {
                double change = scores.getLast().overall() - scores.getFirst().overall();
                improved += change > 0.05 ? 1 : 0;
                declined += change < -0.05 ? 1 : 0;
            }

            FixtureConfiguration<ReintegrationCase> fixture = new AggregateTestFixture<>(ReintegrationCase.class);
            fixture.registerInjectableResource(NOW);
            fixture.registerInjectableResource(SCHEMES);
            fixture.registerInjectableResource(FollowUpPlan.DEFAULT);
            fixture.givenCommands(commands.subList(0, commands.size() - 1))
                    .when(commands.getLast())
                    .expectSuccessfulHandlerExecution();
        }
        assertThat(returned).as("most of the caseload has come home").isGreaterThan(cases.size() / 2);
        assertThat(assessed).as("most of those home long enough have been assessed").isGreaterThan(returned / 2);
        assertThat(improved).as("assessed three times or more, most improve").isGreaterThan(declined);
        assertThat(declined).as("and some decline").isPositive();
    }

    @Test
    void theSameSeedGivesTheSameAssessments() {
        UUID caseId = UUID.fromString("7f1c2a9e-0000-4000-8000-000000000001");
        LocalDate referredOn = TODAY.minusYears(2);
        List<Object> first = assessments(new SyntheticJourney(new Random(11L), TODAY, SCHEME, FollowUpPlan.DEFAULT).steps(caseId, "ID", referredOn));
        List<Object> second = assessments(new SyntheticJourney(new Random(11L), TODAY, SCHEME, FollowUpPlan.DEFAULT).steps(caseId, "ID", referredOn));

        assertThat(first).isNotEmpty().isEqualTo(second);
        RecordReintegrationAssessment assessment = (RecordReintegrationAssessment) first.getFirst();
        assertThat(assessment.schemeVersion()).isEqualTo(SCHEME.id());
        assertThat(SCHEME.problemWith(assessment.answers())).isEmpty();
    }

    private static List<Object> assessments(List<Object> steps) {
        return steps.stream().filter(RecordReintegrationAssessment.class::isInstance).toList();
    }

    @Test
    void theSameSeedGivesTheSameCaseload() {
        assertThat(new SyntheticCaseload(3L, TODAY).cases("JKT", List.of("ID"), 5))
                .isEqualTo(new SyntheticCaseload(3L, TODAY).cases("JKT", List.of("ID"), 5));
    }
}

package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.homeward.casefile.Consent;
import org.homeward.casefile.NewCase;
import org.homeward.casefile.PersonalDetails;
import org.homeward.casefile.ReferralSource;
import org.homeward.casefile.Sex;
import org.homeward.casefile.OpenCase;
import org.homeward.casefile.ReintegrationCase;
import org.homeward.casefile.SealedPersonalDetails;
import org.homeward.casefile.assessment.AssessmentScores;
import org.homeward.casefile.assessment.RecordReintegrationAssessment;
import org.homeward.casefile.assessment.ScoringConfiguration;
import org.homeward.casefile.assessment.ScoringScheme;
import org.homeward.casefile.assessment.ScoringSchemes;
import org.homeward.casefile.followup.FollowUpPlan;
import org.homeward.casefile.identification.CompleteScreening;
import org.homeward.casefile.identification.RecordExploitation;
import org.homeward.casefile.identification.ScreeningOutcome;
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
        SyntheticCaseload caseload = new SyntheticCaseload(7L, TODAY, SCHEME, FollowUpPlan.DEFAULT, Set.of(), 3);
        List<SyntheticCase> cases = caseload.cases(150);
        int returned = 0;
        int assessed = 0;
        int improved = 0;
        int declined = 0;
        for (SyntheticCase synthetic : cases) {
            NewCase newCase = synthetic.referral();
            UUID caseId = UUID.randomUUID();
            List<Object> commands = new ArrayList<>();
            commands.add(new OpenCase(caseId, newCase.office() + "-2026-00001", new SealedPersonalDetails("k", "c"), newCase.sex(),
                    newCase.birthYear(), newCase.nationality(), newCase.office(), newCase.referralSource(),
                    newCase.referredOn(), newCase.consent(), "officer"));
            commands.addAll(caseload.steps(synthetic, caseId));
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

    /** The shape the field reports give: many nationalities, 86 in 100 identified, groups released together. */
    @Test
    void aLargeCaseloadHasTheShapeOfTheFieldReports() {
        SyntheticCaseload caseload = new SyntheticCaseload(5L, TODAY, SCHEME, FollowUpPlan.DEFAULT, Set.of(), 3);
        List<SyntheticCase> cases = caseload.cases(5_000);
        Map<String, Long> byNationality = cases.stream()
                .collect(Collectors.groupingBy(c -> c.referral().nationality(), Collectors.counting()));
        assertThat(byNationality).hasSizeGreaterThanOrEqualTo(19);
        assertThat(byNationality.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()).isEqualTo("ID");
        assertThat(cases.stream().map(c -> c.referral().office()).distinct()).containsExactlyInAnyOrder("JKT", "MNL", "NBO", "KLA", "ADD");
        assertThat(cases.stream().map(c -> c.referral().referralSource()).distinct()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(cases.stream().collect(Collectors.groupingBy(c -> c.referral().referredOn() + c.referral().nationality()
                + c.compoundCountry(), Collectors.counting())).values().stream().mapToLong(Long::longValue).max().orElse(0))
                .as("people released together are referred together").isGreaterThanOrEqualTo(10);

        int identified = 0;
        int screened = 0;
        int inTwoCountries = 0;
        long steps = 0;
        List<SyntheticCase> sample = cases.subList(0, 2_000);
        for (SyntheticCase synthetic : sample) {
            List<Object> journey = caseload.steps(synthetic, UUID.randomUUID());
            steps += journey.size();
            for (Object step : journey) {
                if (step instanceof CompleteScreening screening) {
                    screened++;
                    identified += screening.outcome() == ScreeningOutcome.IDENTIFIED_VICTIM ? 1 : 0;
                }
            }
            inTwoCountries += journey.stream().filter(RecordExploitation.class::isInstance)
                    .map(step -> ((RecordExploitation) step).countryOfExploitation()).distinct().count() > 1 ? 1 : 0;
        }
        assertThat(100.0 * identified / screened).as("share identified as victims").isBetween(82.0, 90.0);
        assertThat(100.0 * inTwoCountries / sample.size()).as("share exploited in two countries").isBetween(10.0, 20.0);
        assertThat((double) steps / sample.size()).as("steps per case after the referral").isBetween(12.0, 40.0);
    }

    @Test
    void theSameSeedGivesTheSameJourneyWhateverTheOrder() {
        SyntheticCaseload caseload = new SyntheticCaseload(9L, TODAY, SCHEME, FollowUpPlan.DEFAULT, Set.of(), 3);
        List<SyntheticCase> cases = caseload.cases(30);
        UUID caseId = UUID.fromString("7f1c2a9e-0000-4000-8000-000000000002");
        List<Object> last = caseload.steps(cases.getLast(), caseId);
        SyntheticCaseload again = new SyntheticCaseload(9L, TODAY, SCHEME, FollowUpPlan.DEFAULT, Set.of(), 3);
        assertThat(again.cases(30)).isEqualTo(cases);
        assertThat(again.steps(again.cases(30).getLast(), caseId)).isNotEmpty().isEqualTo(last);
    }

    @Test
    void onlyTheChosenOfficesCasesAreMade() {
        assertThat(new SyntheticCaseload(3L, TODAY, SCHEME, FollowUpPlan.DEFAULT, Set.of("JKT", "NBO"), 3).cases(300))
                .extracting(c -> c.referral().office()).containsOnly("JKT", "NBO");
    }

    @Test
    void theSameSeedGivesTheSameAssessments() {
        UUID caseId = UUID.fromString("7f1c2a9e-0000-4000-8000-000000000001");
        LocalDate referredOn = TODAY.minusYears(2);
        List<Object> first = assessments(new SyntheticJourney(new Random(11L), TODAY, SCHEME, FollowUpPlan.DEFAULT).steps(caseId, indonesian(referredOn)));
        List<Object> second = assessments(new SyntheticJourney(new Random(11L), TODAY, SCHEME, FollowUpPlan.DEFAULT).steps(caseId, indonesian(referredOn)));

        assertThat(first).isNotEmpty().isEqualTo(second);
        RecordReintegrationAssessment assessment = (RecordReintegrationAssessment) first.getFirst();
        assertThat(assessment.schemeVersion()).isEqualTo(SCHEME.id());
        assertThat(SCHEME.problemWith(assessment.answers())).isEmpty();
    }

    private static SyntheticCase indonesian(LocalDate referredOn) {
        return new SyntheticCase(new NewCase(new PersonalDetails("Test Person", null), Sex.FEMALE, 1998, "ID", "JKT",
                ReferralSource.EMBASSY, referredOn, new Consent(true, true)), "MM", 1L);
    }

    private static List<Object> assessments(List<Object> steps) {
        return steps.stream().filter(RecordReintegrationAssessment.class::isInstance).toList();
    }
}

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
import org.homeward.casefile.journey.RecordReturnHome;
import org.junit.jupiter.api.Test;

/** The demo caseload only holds histories that the case's own rules accept. */
class SyntheticJourneyTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.now(NOW);

    @Test
    void everyGeneratedStepIsAcceptedByTheCase() {
        SyntheticCaseload caseload = new SyntheticCaseload(7L, TODAY);
        SyntheticJourney journeys = new SyntheticJourney(new Random(8L), TODAY);
        List<NewCase> cases = new ArrayList<>(caseload.cases("JKT", List.of("ID"), 60));
        cases.addAll(caseload.cases("NBO", List.of("KE", "UG", "ET"), 60));
        int returned = 0;
        for (NewCase newCase : cases) {
            UUID caseId = UUID.randomUUID();
            List<Object> commands = new ArrayList<>();
            commands.add(new OpenCase(caseId, "JKT-2026-00001", new SealedPersonalDetails("k", "c"), newCase.sex(),
                    newCase.birthYear(), newCase.nationality(), newCase.office(), newCase.referralSource(),
                    newCase.referredOn(), newCase.consent(), "officer"));
            commands.addAll(journeys.steps(caseId, newCase.nationality(), newCase.referredOn()));
            returned += commands.stream().anyMatch(RecordReturnHome.class::isInstance) ? 1 : 0;

            FixtureConfiguration<ReintegrationCase> fixture = new AggregateTestFixture<>(ReintegrationCase.class);
            fixture.registerInjectableResource(NOW);
            fixture.givenCommands(commands.subList(0, commands.size() - 1))
                    .when(commands.getLast())
                    .expectSuccessfulHandlerExecution();
        }
        assertThat(returned).as("most of the caseload has come home").isGreaterThan(cases.size() / 2);
    }

    @Test
    void theSameSeedGivesTheSameCaseload() {
        assertThat(new SyntheticCaseload(3L, TODAY).cases("JKT", List.of("ID"), 5))
                .isEqualTo(new SyntheticCaseload(3L, TODAY).cases("JKT", List.of("ID"), 5));
    }
}

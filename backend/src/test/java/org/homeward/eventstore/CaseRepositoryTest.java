package org.homeward.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.homeward.casefile.CaseReopened;
import org.homeward.casefile.RecordedBy;
import org.homeward.casefile.ReopeningReason;
import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.CaseJourneys;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Cases kept in memory between commands are never trusted over the event store. */
@IntegrationTest
class CaseRepositoryTest {

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;

    private ApiClient api;
    private CaseJourneys journeys;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        journeys = new CaseJourneys(api);
    }

    @Test
    @DisplayName("An event another node recorded is seen by the next command here, though this node keeps the case in memory")
    void aCaseKeptInMemoryCatchesUpWithEventsRecordedElsewhere() {
        CaseJourneys.RecordedCase recorded = journeys.open(TestUsers.JAKARTA_OFFICER, "JKT", "FEMALE", 1995, "ID");
        assertThat(api.post(recorded.path() + "/closure", TestUsers.JAKARTA_OFFICER,
                "{\"reason\": \"LOST_CONTACT\", \"closedOn\": \"2026-03-01\"}").status()).isEqualTo(201);
        // this node now keeps the case in memory as closed, and refuses steps on it
        assertThat(api.post(recorded.path() + "/notes", TestUsers.JAKARTA_OFFICER,
                "{\"text\": \"still here?\", \"notedOn\": \"2026-03-02\"}").status()).isEqualTo(422);

        // another node reopens it: its event reaches the store without passing through this node
        long next = eventStore.lastSequenceNumberFor(recorded.caseId()).orElseThrow() + 1;
        eventStore.publish(new GenericDomainEventMessage<>("ReintegrationCase", recorded.caseId(), next,
                new CaseReopened(UUID.fromString(recorded.caseId()), ReopeningReason.CONTACT_RESUMED, LocalDate.parse("2026-03-05")),
                Map.of(RecordedBy.USER, TestUsers.SECOND_JAKARTA_OFFICER, RecordedBy.OFFICE, "JKT")));

        assertThat(api.post(recorded.path() + "/notes", TestUsers.JAKARTA_OFFICER,
                "{\"text\": \"back in touch\", \"notedOn\": \"2026-03-06\"}").status())
                .as("the case here knows it was reopened").isEqualTo(201);
        assertThat(eventStore.lastSequenceNumberFor(recorded.caseId())).contains(next + 1);
    }
}

package org.homeward.casefile;

import java.util.Optional;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.homeward.security.HomewardUser;
import org.springframework.stereotype.Service;

/**
 * Reads a case straight from its events in the event store: always current (no projection lag), and exactly what
 * was recorded.
 */
@Service
public class CaseRecords {

    private final EventStore eventStore;
    private final PersonalDetailsProtector protector;

    public CaseRecords(EventStore eventStore, PersonalDetailsProtector protector) {
        this.eventStore = eventStore;
        this.protector = protector;
    }

    /** The case, if it exists and the reader works for its office; other offices' cases are not revealed. */
    public Optional<CaseRecord> find(UUID caseId, HomewardUser reader) {
        DomainEventStream events = eventStore.readEvents(caseId.toString());
        CaseRecord record = null;
        while (events.hasNext()) {
            record = apply(record, events.next());
        }
        return Optional.ofNullable(record).filter(found -> reader.worksFor(found.office()));
    }

    private CaseRecord apply(CaseRecord current, DomainEventMessage<?> message) {
        if (message.getPayload() instanceof CaseOpened opened) {
            return new CaseRecord(opened.caseId(), opened.reference(), CaseStatus.OPEN, opened.office(),
                    protector.open(opened.caseId(), opened.personalDetails()).orElse(null), opened.sex(),
                    opened.birthYear(), opened.nationality(), opened.referralSource(), opened.referredOn(),
                    opened.consent(), opened.openedBy(), message.getTimestamp(), message.getSequenceNumber());
        }
        return current;
    }
}

package org.homeward.search.projection;

import java.time.Instant;

import org.axonframework.eventhandling.DomainEventMessage;
import org.homeward.casefile.CaseEvent;
import org.homeward.casefile.RecordedBy;

/** One event of a case as the projections need it: the payload with where it sits in the history and who recorded it. */
public record StoredCaseEvent(String eventId, long sequence, Instant recordedAt, String recordedBy,
                              String recordedForOffice, CaseEvent event) {

    public static StoredCaseEvent of(DomainEventMessage<?> message) {
        return new StoredCaseEvent(message.getIdentifier(), message.getSequenceNumber(), message.getTimestamp(),
                (String) message.getMetaData().get(RecordedBy.USER),
                (String) message.getMetaData().get(RecordedBy.OFFICE),
                (CaseEvent) message.getPayload());
    }
}

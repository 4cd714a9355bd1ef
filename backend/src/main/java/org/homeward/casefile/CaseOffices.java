package org.homeward.casefile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Which office a case belongs to now, as its corrected history says. Every command asks first, so the histories of
 * recently worked cases are kept: the next question reads only the events recorded since (usually one), never a
 * stale answer, whichever node recorded them. The case checks the office again under its own lock.
 */
final class CaseOffices {

    private static final class Folded {
        private final CorrectedHistory history = new CorrectedHistory();
        private long lastSequence = -1;
        private String office;
    }

    private final EventStore eventStore;
    private final Map<UUID, Folded> recent;

    CaseOffices(EventStore eventStore, int cases) {
        this.eventStore = eventStore;
        this.recent = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Folded> eldest) {
                return size() > cases;
            }
        };
    }

    Optional<String> officeOf(UUID caseId) {
        Folded folded;
        synchronized (recent) {
            folded = recent.computeIfAbsent(caseId, id -> new Folded());
        }
        synchronized (folded) {
            DomainEventStream since = eventStore.readEvents(caseId.toString(), folded.lastSequence + 1);
            boolean officeMayHaveChanged = false;
            while (since.hasNext()) {
                DomainEventMessage<?> message = since.next();
                CaseEvent event = (CaseEvent) message.getPayload();
                folded.history.add(message.getIdentifier(), event);
                folded.lastSequence = message.getSequenceNumber();
                // only these can set or change the office (a correction may correct an opening or a transfer)
                officeMayHaveChanged |= event instanceof CaseOpened || event instanceof CaseTransferred
                        || event instanceof EntryCorrected;
            }
            if (folded.history.isEmpty()) {
                synchronized (recent) {
                    recent.remove(caseId); // no such case (yet): nothing worth keeping
                }
                return Optional.empty();
            }
            if (officeMayHaveChanged) {
                folded.office = folded.history.state().office;
            }
            return Optional.ofNullable(folded.office);
        }
    }
}

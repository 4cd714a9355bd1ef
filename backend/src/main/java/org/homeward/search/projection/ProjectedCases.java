package org.homeward.search.projection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Keeps the most recently projected cases in memory so that the next event of a case only adds to its history
 * instead of reading it back from the event store. An entry is trusted only when it ends right before the event
 * at hand; otherwise (a replay, a segment that moved to another node, a batch that was rolled back) the history is
 * read again from the event store and every document is written.
 */
public final class ProjectedCases {

    record Cached(List<StoredCaseEvent> stream, ProjectedCase documents) {
        long lastSequence() {
            return stream.getLast().sequence();
        }
    }

    private final EventStore eventStore;
    private final CaseProjection projection;
    private final Map<String, Cached> recent;

    public ProjectedCases(EventStore eventStore, CaseProjection projection, int capacity) {
        this.eventStore = eventStore;
        this.projection = projection;
        this.recent = Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                return size() > capacity;
            }
        });
    }

    /** Adds the event to its case and returns the documents to write. */
    public List<IndexDocument> apply(StoredCaseEvent stored, String caseId) {
        Cached known = recent.get(caseId);
        List<StoredCaseEvent> stream;
        ProjectedCase before;
        if (known != null && known.lastSequence() == stored.sequence() - 1) {
            stream = new ArrayList<>(known.stream());
            before = known.documents();
        } else {
            stream = readBefore(caseId, stored.sequence());
            before = null;
        }
        stream.add(stored);
        ProjectedCase after = projection.project(stream);
        recent.put(caseId, new Cached(List.copyOf(stream), after));
        return CaseDocumentChanges.between(before, after, stored.sequence());
    }

    /** Forgets a case, so that its next event re-reads the history and rewrites every document. */
    public void forget(String caseId) {
        recent.remove(caseId);
    }

    public void forgetAll() {
        recent.clear();
    }

    private List<StoredCaseEvent> readBefore(String caseId, long sequence) {
        List<StoredCaseEvent> stream = new ArrayList<>();
        DomainEventStream events = eventStore.readEvents(caseId, 0);
        while (events.hasNext()) {
            DomainEventMessage<?> message = events.next();
            if (message.getSequenceNumber() >= sequence) {
                break;
            }
            stream.add(StoredCaseEvent.of(message));
        }
        return stream;
    }
}

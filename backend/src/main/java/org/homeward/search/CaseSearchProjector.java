package org.homeward.search;

import java.io.IOException;
import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.homeward.casefile.CaseClosed;
import org.homeward.casefile.CaseEvent;
import org.homeward.casefile.CaseOpened;
import org.homeward.casefile.CaseReopened;
import org.homeward.casefile.CaseTransferred;
import org.homeward.casefile.CorrectedHistory;
import org.homeward.casefile.EntryCorrected;
import org.homeward.casefile.identification.ConsentRecorded;
import org.homeward.casefile.identification.ConsentWithdrawn;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;

/**
 * Projects case events into the {@code cases} index. The aggregate's sequence number is the document's external
 * version, so replaying an event, or an older one after a newer, never rolls a document back.
 */
@Component
@ProcessingGroup(CaseSearchProjector.PROCESSING_GROUP)
class CaseSearchProjector {

    static final String PROCESSING_GROUP = "case-search";

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;
    private final EventStore eventStore;

    CaseSearchProjector(ElasticsearchClient client, SearchIndexes indexes, EventStore eventStore) {
        this.client = client;
        this.indexes = indexes;
        this.eventStore = eventStore;
    }

    @EventHandler
    void on(CaseOpened event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) throws IOException {
        CorrectedHistory history = new CorrectedHistory();
        history.add("opening", event);
        write(CaseDocument.of(history.snapshot(), recordedAt, sequence));
    }

    /**
     * Events that change what the index shows (office, status, corrected opening fields): the document is rebuilt
     * from the case's events up to this one, so that replaying any of them gives the same document.
     */
    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence) throws IOException {
        if (!(event instanceof CaseTransferred || event instanceof CaseClosed || event instanceof CaseReopened
                || event instanceof EntryCorrected || event instanceof ConsentRecorded || event instanceof ConsentWithdrawn)) {
            return;
        }
        CorrectedHistory history = new CorrectedHistory();
        Instant openedAt = null;
        DomainEventStream events = eventStore.readEvents(event.caseId().toString());
        while (events.hasNext()) {
            DomainEventMessage<?> message = events.next();
            if (message.getSequenceNumber() > sequence) {
                break;
            }
            openedAt = openedAt == null ? message.getTimestamp() : openedAt;
            history.add(message.getIdentifier(), (CaseEvent) message.getPayload());
        }
        write(CaseDocument.of(history.snapshot(), openedAt, sequence));
    }

    private void write(CaseDocument document) throws IOException {
        try {
            client.index(request -> request.index(indexes.alias(CaseSearch.FAMILY))
                    .id(document.caseId().toString())
                    .version(document.lastEventSequence())
                    .versionType(VersionType.ExternalGte)
                    .document(document));
        } catch (ElasticsearchException e) {
            if (e.status() != 409) {
                throw e;
            }
            // A newer event of this case is already indexed: this one changes nothing.
        }
    }
}

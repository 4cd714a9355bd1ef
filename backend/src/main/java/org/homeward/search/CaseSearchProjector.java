package org.homeward.search;

import java.io.IOException;
import java.time.Instant;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.SequenceNumber;
import org.homeward.casefile.CaseOpened;
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

    CaseSearchProjector(ElasticsearchClient client, SearchIndexes indexes) {
        this.client = client;
        this.indexes = indexes;
    }

    @EventHandler
    void on(CaseOpened event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) throws IOException {
        write(CaseDocument.of(event, recordedAt, sequence));
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

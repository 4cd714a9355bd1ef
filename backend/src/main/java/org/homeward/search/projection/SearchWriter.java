package org.homeward.search.projection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes documents to their indices in bulk. A version conflict means a newer write is already there and is not an
 * error. Elasticsearch being unreachable or overloaded fails the whole write (the caller retries it); a document the
 * index refuses is returned, with the reason, for its case to be parked.
 */
@Component
public class SearchWriter {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    /** Errors about one document's content; any other error is about the index or the cluster. */
    static final java.util.Set<String> DOCUMENT_ERRORS = java.util.Set.of("document_parsing_exception",
            "mapper_parsing_exception", "strict_dynamic_mapping_exception", "illegal_argument_exception");

    private final ElasticsearchClient client;
    private final JsonMapper json;

    public SearchWriter(ElasticsearchClient client) {
        this.client = client;
        this.json = (JsonMapper) ((Jackson3JsonpMapper) client._jsonpMapper()).objectMapper();
    }

    /** The cases whose documents an index refused, with the first reason given. */
    public Map<String, String> write(List<IndexDocument> documents, Map<String, List<IndexTarget>> targets) {
        if (documents.isEmpty()) {
            return Map.of();
        }
        List<BulkOperation> operations = new ArrayList<>();
        List<IndexDocument> sent = new ArrayList<>();
        for (IndexDocument document : documents) {
            List<IndexTarget> into = targets.getOrDefault(document.family(), List.of());
            if (into.isEmpty()) {
                // No index to write to (an alias went missing): retry rather than acknowledge unwritten events.
                throw new SearchUnavailable("No index for " + document.family() + " documents: retrying the batch");
            }
            for (IndexTarget target : into) {
                Object source = target.onlyFields() == null ? document.source() : restricted(document.source(), target);
                operations.add(BulkOperation.of(operation -> operation.index(index -> index.index(target.index())
                        .id(document.id()).version(document.version()).versionType(VersionType.ExternalGte)
                        .document(source))));
                sent.add(document);
            }
        }
        if (operations.isEmpty()) {
            return Map.of();
        }
        BulkResponse response;
        try {
            response = client.bulk(BulkRequest.of(bulk -> bulk.operations(operations)));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch did not take the bulk write", e);
        }
        if (!response.errors()) {
            return Map.of();
        }
        Map<String, String> refused = new LinkedHashMap<>();
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
            BulkResponseItem item = items.get(i);
            if (item.error() == null || item.status() == 409) {
                continue;
            }
            if (!DOCUMENT_ERRORS.contains(item.error().type())) {
                // The index as a whole cannot take writes (down, overloaded, blocked, missing): retry, park nothing.
                throw new SearchUnavailable("Elasticsearch could not write " + item.index() + "/" + item.id() + " ("
                        + item.status() + " " + item.error().type() + "): retrying the batch");
            }
            String reason = item.index() + " refused the document: " + item.error().type() + ": " + item.error().reason();
            refused.putIfAbsent(sent.get(i).caseId(), reason.length() > 900 ? reason.substring(0, 900) + "…" : reason);
        }
        return refused;
    }

    private Map<String, Object> restricted(Object source, IndexTarget target) {
        Map<String, Object> fields = json.convertValue(source, FIELDS);
        fields.keySet().retainAll(target.onlyFields());
        return fields;
    }

    /** Elasticsearch is down or overloaded: nothing is lost, the write is tried again. */
    public static class SearchUnavailable extends RuntimeException {
        public SearchUnavailable(String message) {
            super(message);
        }
    }
}

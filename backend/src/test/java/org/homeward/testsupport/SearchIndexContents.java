package org.homeward.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;

/** Reads documents back from an index or alias, for tests that compare indices. */
public final class SearchIndexContents {

    /** A document's source, as JSON text with a stable field order, and its version. */
    public record Stored(String source, long version) {
    }

    private final ElasticsearchClient client;

    public SearchIndexContents(ElasticsearchClient client) {
        this.client = client;
    }

    /** Every document of these cases in the index, by id. */
    public Map<String, Stored> ofCases(String index, Collection<String> caseIds) {
        try {
            client.indices().refresh(refresh -> refresh.index(index));
            List<FieldValue> ids = caseIds.stream().map(FieldValue::of).toList();
            Map<String, Stored> documents = new TreeMap<>();
            List<Hit<JsonData>> hits = client.search(search -> search.index(index).size(10_000).version(true)
                    .query(query -> query.terms(terms -> terms.field("caseId").terms(values -> values.value(ids)))),
                    JsonData.class).hits().hits();
            for (Hit<JsonData> hit : hits) {
                documents.put(hit.id(), new Stored(canonical(hit.source()), hit.version() == null ? -1 : hit.version()));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String canonical(JsonData source) {
        Map<String, Object> sorted = new TreeMap<>(source.to(Map.class));
        return sorted.toString();
    }
}

package org.homeward.outcomes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;

/** Runs outcome searches against the indices of one view of the portfolio: the live aliases, or a snapshot's. */
final class OutcomeSearches {

    private final ElasticsearchClient client;
    /** The index each family is read from. */
    private final UnaryOperator<String> indexOf;

    OutcomeSearches(ElasticsearchClient client, UnaryOperator<String> indexOf) {
        this.client = client;
        this.indexOf = indexOf;
    }

    /** The aggregations of each search, in order; several searches go in one multi-search request. */
    List<Map<String, Aggregate>> searchAll(List<OutcomeSearch> searches) {
        try {
            MsearchResponse<Void> response = client.msearch(MsearchRequest.of(m -> {
                for (OutcomeSearch search : searches) {
                    m.searches(item -> item.header(h -> h.index(indexOf.apply(search.family())))
                            .body(b -> b.size(0).trackTotalHits(t -> t.enabled(false)).query(search.query())
                                    .aggregations(search.aggregations())));
                }
                return m;
            }), Void.class);
            List<Map<String, Aggregate>> answers = new ArrayList<>();
            for (int i = 0; i < searches.size(); i++) {
                MultiSearchResponseItem<Void> item = response.responses().get(i);
                if (item.isFailure()) {
                    throw new IllegalStateException("Outcome figures failed on " + searches.get(i).family() + ": "
                            + item.failure().error().reason());
                }
                answers.add(item.result().aggregations());
            }
            return answers;
        } catch (IOException e) {
            throw new UncheckedIOException("Outcome figures failed", e);
        }
    }

    Map<String, Aggregate> search(OutcomeSearch search) {
        return searchAll(List.of(search)).getFirst();
    }
}

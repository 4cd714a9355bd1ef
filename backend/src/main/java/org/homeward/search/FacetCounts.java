package org.homeward.search;

import java.util.ArrayList;
import java.util.List;

import org.homeward.search.CaseSearchResult.FacetValue;
import org.homeward.search.projection.CaseDocument;

import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;

/** Reads the facet counts of {@link CaseSearch} off a search response's aggregations. */
final class FacetCounts {

    private FacetCounts() {
    }

    /** The count of every value of the facet, and of each selected value even when nothing has it. */
    static List<FacetValue> termCounts(SearchResponse<CaseDocument> response, String facet, List<String> selected) {
        List<FacetValue> values = new ArrayList<>();
        List<StringTermsBucket> buckets = response.aggregations().get(facet).filter().aggregations().get("values")
                .sterms().buckets().array();
        for (StringTermsBucket bucket : buckets) {
            String value = bucket.key().stringValue();
            values.add(new FacetValue(value, bucket.docCount(), selected.contains(value)));
        }
        selected.stream().filter(value -> values.stream().noneMatch(v -> v.value().equals(value)))
                .forEach(value -> values.add(new FacetValue(value, 0, true)));
        return values;
    }

    static List<FacetValue> overdueCounts(SearchResponse<CaseDocument> response, Boolean chosen) {
        var buckets = response.aggregations().get(CaseSearch.OVERDUE).filter().aggregations().get("values").filters().buckets().keyed();
        return List.of(new FacetValue("true", buckets.get("true").docCount(), Boolean.TRUE.equals(chosen)),
                new FacetValue("false", buckets.get("false").docCount(), Boolean.FALSE.equals(chosen)));
    }
}

package org.homeward.search;

import java.util.List;
import java.util.Map;

import org.homeward.search.projection.CaseDocument;

/** A page of cases with, for each facet, how many cases each value would give with the other filters applied. */
public record CaseSearchResult(long total, int page, int size, List<CaseDocument> cases,
                               Map<String, List<FacetValue>> facets) {

    public record FacetValue(String value, long count, boolean selected) {
    }
}

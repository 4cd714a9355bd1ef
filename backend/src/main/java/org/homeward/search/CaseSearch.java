package org.homeward.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.homeward.search.CaseSearchResult.FacetValue;
import org.homeward.search.projection.CaseDocument;
import org.homeward.security.HomewardUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * Searches the {@code cases} index. Every query is limited by the server to the offices the viewer works for,
 * whatever the request says. Facet counts are computed, per facet, with every other filter applied and its own
 * left out, on a single-shard index: they are exact, and say what choosing a value would give. The queries are
 * built by {@link CaseFilters}, the counts read by {@link FacetCounts}.
 */
@Service
public class CaseSearch {

    public static final String FAMILY = SearchFamily.CASES;
    public static final Set<String> SORTABLE = Set.of("referredOn", "returnedOn", "nextFollowUpDueOn", "lastContactOn",
            "reference", "status", "office", "lastRecordedAt");
    /** Facets and the document field each counts. */
    public static final Map<String, String> FACETS = facets();
    public static final String OVERDUE = "overdue";
    public static final String RETURN_QUARTER = "returnQuarter";

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;
    private final Clock clock;
    private final FollowUpGrace grace;
    private final JdbcClient jdbc;
    /** The index searched: the live alias, or a snapshot's frozen index. */
    private final String index;
    private final CaseFilters filters;
    private final ReadYourWrites writes;

    @org.springframework.beans.factory.annotation.Autowired
    public CaseSearch(ElasticsearchClient client, SearchIndexes indexes, Clock clock, FollowUpGrace grace,
                      JdbcClient jdbc) {
        this(client, indexes, clock, grace, jdbc, indexes.alias(FAMILY));
    }

    private CaseSearch(ElasticsearchClient client, SearchIndexes indexes, Clock clock, FollowUpGrace grace,
                       JdbcClient jdbc, String index) {
        this.client = client;
        this.indexes = indexes;
        this.clock = clock;
        this.grace = grace;
        this.jdbc = jdbc;
        this.index = index;
        this.filters = new CaseFilters(grace, clock);
        this.writes = new ReadYourWrites(client, indexes, clock, jdbc);
    }

    /**
     * The same search over other indices (a portfolio snapshot's, by family) and another clock (the snapshot's day,
     * which decides what counts as overdue). Still limited to the viewer's offices.
     */
    public CaseSearch reading(Map<String, String> indices, Clock asOf) {
        return new CaseSearch(client, indexes, asOf, grace, jdbc, indices.get(FAMILY));
    }

    private static Map<String, String> facets() {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("status", "status");
        facets.put("office", "office");
        facets.put("nationality", "nationality");
        facets.put("exploitationCountry", "exploitationCountries");
        facets.put("sex", "sex");
        facets.put("supportKind", "supportKinds");
        facets.put("flag", "flags");
        facets.put(RETURN_QUARTER, "returnQuarter");
        return facets;
    }

    /** A page of matching cases with, for each facet, the count of every value. */
    public CaseSearchResult search(HomewardUser viewer, CaseQuery query) {
        SearchResponse<CaseDocument> response = run(viewer, query, true);
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        FACETS.keySet().forEach(facet -> facets.put(facet, FacetCounts.termCounts(response, facet,
                CaseFilters.selected(query, facet))));
        facets.put(OVERDUE, FacetCounts.overdueCounts(response, query.overdue()));
        return new CaseSearchResult(response.hits().total() == null ? 0 : response.hits().total().value(),
                query.page(), query.size(), response.hits().hits().stream().map(Hit::source).toList(), facets);
    }

    /** One page of matching cases without facet counts: what a list needs while it scrolls. */
    public List<CaseDocument> page(HomewardUser viewer, CaseQuery query) {
        return run(viewer, query, false).hits().hits().stream().map(Hit::source).toList();
    }

    private record ClosedSource(String caseId, String office, LocalDate closedOn) {
    }

    /** A case closed long enough ago for the retention policy, as the search index knows it; {@code after} pages on. */
    public record ClosedCase(UUID caseId, String office, LocalDate closedOn, List<FieldValue> after) {
    }

    /**
     * Closed cases whose closing date is on or before the cut-off, across every office: for the retention policy, which
     * acts for the programme, not for a user. A page of at most {@code size}, oldest closing first, after the given
     * case (null for the first page).
     */
    public List<ClosedCase> closedOnOrBefore(LocalDate cutOff, ClosedCase after, int size) {
        try {
            return client.search(search -> {
                search.index(index).size(size).source(source -> source.filter(f -> f.includes("caseId", "office", "closedOn")))
                        .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("status").value("CLOSED")))
                                .filter(f -> f.range(r -> r.date(d -> d.field("closedOn").lte(cutOff.toString()))))))
                        .sort(sort -> sort.field(field -> field.field("closedOn").order(SortOrder.Asc)))
                        .sort(sort -> sort.field(field -> field.field("caseId").order(SortOrder.Asc)));
                if (after != null) {
                    search.searchAfter(after.after());
                }
                return search;
            }, ClosedSource.class).hits().hits().stream()
                    .map(hit -> new ClosedCase(UUID.fromString(hit.source().caseId()), hit.source().office(),
                            hit.source().closedOn(), hit.sort()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Search for closed cases failed", e);
        }
    }

    /** How many cases match. */
    public long count(HomewardUser viewer, CaseQuery query) {
        Query filter = CaseFilters.allBut(filters.of(query), null);
        try {
            return client.count(count -> count.index(index).query(q -> q.bool(b -> b
                    .must(CaseFilters.scopeAndText(viewer, query)).filter(filter)))).count();
        } catch (IOException e) {
            throw new UncheckedIOException("Case count failed", e);
        }
    }

    private SearchResponse<CaseDocument> run(HomewardUser viewer, CaseQuery query, boolean withFacets) {
        Map<String, Query> chosen = filters.of(query);
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        if (withFacets) {
            FACETS.forEach((facet, field) -> aggregations.put(facet, Aggregation.of(agg -> agg
                    .filter(CaseFilters.allBut(chosen, facet))
                    .aggregations("values", values -> values.terms(terms -> terms.field(field).size(500))))));
            aggregations.put(OVERDUE, Aggregation.of(agg -> agg.filter(CaseFilters.allBut(chosen, OVERDUE))
                    .aggregations("values", values -> values.filters(buckets -> buckets.filters(named -> named
                            .keyed(Map.of("true", filters.overdue(true), "false", filters.overdue(false))))))));
        }
        try {
            return client.search(search -> {
                search.index(index)
                        .query(CaseFilters.scopeAndText(viewer, query))
                        .postFilter(CaseFilters.allBut(chosen, null))
                        .aggregations(aggregations)
                        .trackTotalHits(total -> total.enabled(withFacets))
                        .from(query.page() * query.size()).size(query.size());
                String field = query.sort() == null ? "referredOn" : query.sort();
                SortOrder order = query.sort() == null || query.descending() ? SortOrder.Desc : SortOrder.Asc;
                // unmappedType: an index of an older mapping (serving during a rebuild) may lack the field
                search.sort(sort -> sort.field(f -> f.field(field).order(order).missing("_last")
                        .unmappedType(co.elastic.clients.elasticsearch._types.mapping.FieldType.Keyword)));
                if (!"reference".equals(field)) {
                    search.sort(sort -> sort.field(f -> f.field("reference").order(SortOrder.Asc)));
                }
                return search;
            }, CaseDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Case search failed", e);
        }
    }

    /**
     * Waits until an event just recorded shows in searches (read-your-writes): its own document is indexed, its
     * case's document has caught up with it and with every event of the case stored when the wait began (a command
     * may record several events, such as a return home and its planned follow-ups), and the indices are refreshed.
     * False when that took longer than given.
     */
    public boolean awaitIndexed(UUID caseId, String eventId, Duration timeout) {
        return writes.awaitIndexed(caseId, eventId, timeout);
    }

    /** A just-opened case: waits for its opening to be searchable. */
    public boolean awaitSearchable(UUID caseId, Duration timeout) {
        return writes.awaitSearchable(caseId, timeout);
    }
}

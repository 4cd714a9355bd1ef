package org.homeward.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.homeward.search.CaseSearchResult.FacetValue;
import org.homeward.search.projection.CaseDocument;
import org.homeward.security.HomewardUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;

/**
 * Searches the {@code cases} index. Every query is limited by the server to the offices the viewer works for,
 * whatever the request says. Facet counts are computed, per facet, with every other filter applied and its own
 * left out, on a single-shard index: they are exact, and say what choosing a value would give.
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
    private static final String RETURN_PERIOD = "returnPeriod";

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;
    private final Clock clock;
    private final FollowUpGrace grace;
    private final JdbcClient jdbc;
    /** The index searched: the live alias, or a snapshot's frozen index. */
    private final String index;

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
        FACETS.keySet().forEach(facet -> facets.put(facet, termCounts(response, facet, selected(query, facet))));
        facets.put(OVERDUE, overdueCounts(response, query.overdue()));
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
        Query filter = allBut(filters(query), null);
        try {
            return client.count(count -> count.index(index).query(q -> q.bool(b -> b
                    .must(scopeAndText(viewer, query)).filter(filter)))).count();
        } catch (IOException e) {
            throw new UncheckedIOException("Case count failed", e);
        }
    }

    private SearchResponse<CaseDocument> run(HomewardUser viewer, CaseQuery query, boolean withFacets) {
        Map<String, Query> filters = filters(query);
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        if (withFacets) {
            FACETS.forEach((facet, field) -> aggregations.put(facet, Aggregation.of(agg -> agg
                    .filter(allBut(filters, facet))
                    .aggregations("values", values -> values.terms(terms -> terms.field(field).size(500))))));
            aggregations.put(OVERDUE, Aggregation.of(agg -> agg.filter(allBut(filters, OVERDUE))
                    .aggregations("values", values -> values.filters(buckets -> buckets.filters(named -> named
                            .keyed(Map.of("true", overdue(true), "false", overdue(false))))))));
        }
        try {
            return client.search(search -> {
                search.index(index)
                        .query(scopeAndText(viewer, query))
                        .postFilter(allBut(filters, null))
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

    private static List<String> selected(CaseQuery query, String facet) {
        return switch (facet) {
            case "status" -> query.status();
            case "office" -> query.office();
            case "nationality" -> query.nationality();
            case "exploitationCountry" -> query.exploitationCountry();
            case "sex" -> query.sex();
            case "supportKind" -> query.supportKind();
            case "flag" -> query.flag();
            case RETURN_QUARTER -> query.returnQuarter();
            default -> List.of();
        };
    }

    private Map<String, Query> filters(CaseQuery query) {
        Map<String, Query> filters = new LinkedHashMap<>();
        FACETS.forEach((facet, field) -> {
            List<String> values = selected(query, facet);
            if (!values.isEmpty()) {
                filters.put(facet, terms(field, values));
            }
        });
        if (query.returnedFrom() != null || query.returnedTo() != null) {
            filters.put(RETURN_PERIOD, Query.of(q -> q.range(range -> range.date(date -> {
                date.field("returnedOn");
                if (query.returnedFrom() != null) {
                    date.gte(query.returnedFrom().toString());
                }
                if (query.returnedTo() != null) {
                    date.lte(query.returnedTo().toString());
                }
                return date;
            }))));
        }
        if (query.overdue() != null) {
            filters.put(OVERDUE, overdue(query.overdue()));
        }
        if (query.officer() != null) {
            filters.put("officer", terms("officer", List.of(query.officer())));
        }
        return filters;
    }

    /** Open, with a follow-up due before today less the grace period. */
    private Query overdue(boolean overdue) {
        LocalDate cutoff = grace.overdueIfDueBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        Query late = Query.of(q -> q.bool(bool -> bool
                .filter(terms("status", List.of("OPEN")))
                .filter(f -> f.range(range -> range.date(date -> date.field("nextFollowUpDueOn").lt(cutoff.toString()))))));
        return overdue ? late : Query.of(q -> q.bool(bool -> bool.mustNot(late)));
    }

    private static Query allBut(Map<String, Query> filters, String left) {
        List<Query> kept = new ArrayList<>();
        filters.forEach((facet, filter) -> {
            if (!facet.equals(left)) {
                kept.add(filter);
            }
        });
        return Query.of(q -> q.bool(bool -> bool.filter(kept)));
    }

    private static Query scopeAndText(HomewardUser viewer, CaseQuery query) {
        return Query.of(q -> q.bool(bool -> {
            bool.filter(officesOf(viewer));
            if (query.text() != null) {
                String text = query.text();
                bool.must(must -> must.bool(any -> any
                        .should(s -> s.term(term -> term.field("reference").value(text).caseInsensitive(true)))
                        .should(s -> s.prefix(prefix -> prefix.field("reference").value(text.toLowerCase()).caseInsensitive(true)))
                        .should(s -> s.match(match -> match.field("searchText").query(text)
                                .operator(co.elastic.clients.elasticsearch._types.query_dsl.Operator.And)))
                        .minimumShouldMatch("1")));
            }
            return bool;
        }));
    }

    private static List<FacetValue> termCounts(SearchResponse<CaseDocument> response, String facet, List<String> selected) {
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

    private static List<FacetValue> overdueCounts(SearchResponse<CaseDocument> response, Boolean chosen) {
        var buckets = response.aggregations().get(OVERDUE).filter().aggregations().get("values").filters().buckets().keyed();
        return List.of(new FacetValue("true", buckets.get("true").docCount(), Boolean.TRUE.equals(chosen)),
                new FacetValue("false", buckets.get("false").docCount(), Boolean.FALSE.equals(chosen)));
    }

    /**
     * Waits until an event just recorded shows in searches (read-your-writes): its own document is indexed, its
     * case's document has caught up with it and with every event of the case stored when the wait began (a command
     * may record several events, such as a return home and its planned follow-ups), and the indices are refreshed.
     * False when that took longer than given.
     */
    public boolean awaitIndexed(UUID caseId, String eventId, Duration timeout) {
        long stored = jdbc.sql("select coalesce(max(sequence_number), -1) from domain_event_entry where aggregate_identifier = :id")
                .param("id", caseId.toString()).query(Long.class).single();
        return refreshedOnce(timeout, () -> {
            Long sequence = field(SearchFamily.CASE_EVENTS, eventId, "sequence");
            Long caseAt = sequence == null ? null : field(SearchFamily.CASES, caseId.toString(), "lastEventSequence");
            return caseAt != null && caseAt >= Math.max(sequence, stored);
        });
    }

    /** A just-opened case: waits for its opening to be searchable. */
    public boolean awaitSearchable(UUID caseId, Duration timeout) {
        return refreshedOnce(timeout, () -> field(SearchFamily.CASES, caseId.toString(), "lastEventSequence") != null);
    }

    /**
     * Polls real-time reads until the condition holds (pauses doubling from 20 to 250 ms), then refreshes the
     * indices so searches see it too. False when the time ran out first.
     */
    private boolean refreshedOnce(Duration timeout, java.util.function.BooleanSupplier indexed) {
        Instant deadline = clock.instant().plus(timeout);
        Duration pause = Duration.ofMillis(20);
        try {
            while (!indexed.getAsBoolean()) {
                if (clock.instant().isAfter(deadline)) {
                    return false;
                }
                Thread.sleep(pause);
                pause = pause.multipliedBy(2).compareTo(Duration.ofMillis(250)) > 0 ? Duration.ofMillis(250) : pause.multipliedBy(2);
            }
            indexes.refresh(indexes.aliases(SearchFamily.ALL));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A numeric field of a document, read in real time (no refresh needed); null when the document is not there. */
    private Long field(String family, String id, String name) {
        try {
            var found = client.get(get -> get.index(indexes.alias(family)).id(id).realtime(true)
                    .sourceIncludes(name), JsonData.class);
            if (!found.found() || found.source() == null) {
                return null;
            }
            Function<JsonData, Long> read = json -> json.toJson().asJsonObject().getJsonNumber(name).longValue();
            return read.apply(found.source());
        } catch (IOException e) {
            throw new UncheckedIOException("Search lookup failed", e);
        }
    }

    private static Query officesOf(HomewardUser viewer) {
        return terms("office", List.copyOf(viewer.offices()));
    }

    private static Query terms(String field, List<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(query -> query.terms(terms -> terms.field(field).terms(t -> t.value(fieldValues))));
    }
}

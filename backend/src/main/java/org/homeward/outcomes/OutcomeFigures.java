package org.homeward.outcomes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.homeward.search.FollowUpGrace;
import org.homeward.search.SearchFamily;
import org.homeward.search.SearchIndexes;
import org.homeward.security.HomewardUser;
import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.HistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.Percentiles;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;

/**
 * The outcome figures managers watch, computed by Elasticsearch aggregations over the {@code cases} and
 * {@code assessments} indices, always within the viewer's offices and the dashboard's filters.
 */
@Service
public class OutcomeFigures {

    /** Months since the return that count as "about 6" and "about 12" months. */
    static final int[] AT_6 = {5, 7};
    static final int[] AT_12 = {11, 13};
    static final Set<String> DIMENSIONS = Set.of("economic", "social", "psychosocial", "overall");
    private static final String GRANT_PAYMENTS = "BUSINESS_GRANT/TRANCHE";

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;
    private final FollowUpGrace grace;

    public OutcomeFigures(ElasticsearchClient client, SearchIndexes indexes, FollowUpGrace grace) {
        this.client = client;
        this.indexes = indexes;
        this.grace = grace;
    }

    public Headline headline(HomewardUser viewer, OutcomeFilter filter, LocalDate today) {
        Query scope = scope(viewer, filter);
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        long active = countCases(scope, term("status", "OPEN"));
        long returnedThisQuarter = countCases(scope, range("returnedOn", quarterStart.toString(), today.toString()));
        long overdue = countCases(scope, term("status", "OPEN"), Query.of(q -> q.range(r -> r.date(d -> d
                .field("nextFollowUpDueOn").lt(grace.overdueIfDueBefore(today).toString())))));
        try {
            SearchResponse<Void> assessed = client.search(search -> search.index(indexes.alias(SearchFamily.ASSESSMENTS))
                    .size(0).query(scope)
                    .aggregations("at6", window(AT_6))
                    .aggregations("at12", window(AT_12)), Void.class);
            SearchResponse<Void> grants = client.search(search -> search.index(indexes.alias(SearchFamily.CASES))
                    .size(0).query(scope)
                    .aggregations("support", agg -> agg.nested(nested -> nested.path("supportTotals"))
                            .aggregations("paid", paid -> paid.filter(term("supportTotals.kind", GRANT_PAYMENTS))
                                    .aggregations("currency", currency -> currency.terms(terms -> terms
                                                    .field("supportTotals.currency").size(200))
                                            .aggregations("amount", sum -> sum.sum(s -> s.field("supportTotals.amount")))))),
                    Void.class);
            Map<String, BigDecimal> disbursed = new TreeMap<>();
            for (StringTermsBucket bucket : grants.aggregations().get("support").nested().aggregations().get("paid")
                    .filter().aggregations().get("currency").sterms().buckets().array()) {
                disbursed.put(bucket.key().stringValue(), BigDecimal.valueOf(bucket.aggregations().get("amount").sum().value())
                        .setScale(2, RoundingMode.HALF_UP));
            }
            return new Headline(active, returnedThisQuarter, overdue, share(assessed.aggregations().get("at6")),
                    share(assessed.aggregations().get("at12")), disbursed);
        } catch (IOException e) {
            throw new UncheckedIOException("Outcome figures failed", e);
        }
    }

    /**
     * Quartiles of a dimension's score ({@code economic}, {@code social}, {@code psychosocial} or {@code overall}) by
     * windows of three months since the return.
     */
    public List<TrajectoryPoint> trajectory(HomewardUser viewer, OutcomeFilter filter, String dimension) {
        if (!DIMENSIONS.contains(dimension)) {
            throw new IllegalArgumentException("Unknown dimension " + dimension + "; known: " + DIMENSIONS);
        }
        try {
            SearchResponse<Void> response = client.search(search -> search.index(indexes.alias(SearchFamily.ASSESSMENTS))
                    .size(0).query(scope(viewer, filter))
                    .aggregations("months", agg -> agg.histogram(h -> h.field("monthsSinceReturn").interval(3.0).minDocCount(1))
                            .aggregations("score", score -> score.percentiles(p -> p.field(dimension).percents(25.0, 50.0, 75.0)))),
                    Void.class);
            List<TrajectoryPoint> points = new ArrayList<>();
            for (HistogramBucket bucket : response.aggregations().get("months").histogram().buckets().array()) {
                Percentiles quartiles = bucket.aggregations().get("score").tdigestPercentiles().values();
                points.add(new TrajectoryPoint((int) bucket.key(), bucket.docCount(), percentile(quartiles, "25.0"),
                        percentile(quartiles, "50.0"), percentile(quartiles, "75.0")));
            }
            return points;
        } catch (IOException e) {
            throw new UncheckedIOException("Outcome trajectory failed", e);
        }
    }

    private static double percentile(Percentiles percentiles, String key) {
        return Double.parseDouble(percentiles.keyed().get(key));
    }

    private static co.elastic.clients.elasticsearch._types.aggregations.Aggregation window(int[] months) {
        return co.elastic.clients.elasticsearch._types.aggregations.Aggregation.of(agg -> agg
                .filter(f -> f.range(r -> r.number(n -> n.field("monthsSinceReturn").gte((double) months[0]).lte((double) months[1]))))
                .aggregations("sustainable", s -> s.filter(f -> f.term(t -> t.field("sustainable").value(true)))));
    }

    private static Headline.Share share(Aggregate window) {
        long whole = window.filter().docCount();
        long part = window.filter().aggregations().get("sustainable").filter().docCount();
        return Headline.Share.of(part, whole);
    }

    private long countCases(Query scope, Query... more) {
        try {
            return client.count(count -> count.index(indexes.alias(SearchFamily.CASES))
                    .query(q -> q.bool(b -> b.filter(scope).filter(List.of(more))))).count();
        } catch (IOException e) {
            throw new UncheckedIOException("Outcome count failed", e);
        }
    }

    /** The viewer's offices (narrowed by the filter, never widened) and the dashboard's filters. */
    static Query scope(HomewardUser viewer, OutcomeFilter filter) {
        List<String> offices = filter.offices().isEmpty() ? List.copyOf(viewer.offices())
                : filter.offices().stream().filter(viewer.offices()::contains).toList();
        return Query.of(q -> q.bool(b -> {
            b.filter(terms("office", offices));
            if (!filter.nationalities().isEmpty()) {
                b.filter(terms("nationality", filter.nationalities()));
            }
            if (!filter.cohorts().isEmpty()) {
                b.filter(terms("returnQuarter", filter.cohorts()));
            }
            if (filter.returnedFrom() != null || filter.returnedTo() != null) {
                b.filter(range("returnedOn", filter.returnedFrom() == null ? null : filter.returnedFrom().toString(),
                        filter.returnedTo() == null ? null : filter.returnedTo().toString()));
            }
            return b;
        }));
    }

    private static Query range(String field, String from, String to) {
        return Query.of(q -> q.range(r -> r.date(d -> {
            d.field(field);
            if (from != null) {
                d.gte(from);
            }
            if (to != null) {
                d.lte(to);
            }
            return d;
        })));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static Query terms(String field, List<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
    }
}

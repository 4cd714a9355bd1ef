package org.homeward.outcomes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.homeward.casefile.assessment.ScoringSchemes;
import org.homeward.search.FollowUpGrace;
import org.homeward.search.SearchFamily;
import org.homeward.search.SearchIndexes;
import org.homeward.security.HomewardUser;
import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.HistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.util.NamedValue;

/**
 * The outcome figures managers watch, computed by Elasticsearch aggregations over the {@code cases},
 * {@code assessments} and {@code case-events} indices, always within the viewer's offices and the dashboard's
 * filters (which every index carries: office, nationality, return quarter, date of return).
 */
@Service
public class OutcomeFigures {

    /** Months since the return that count as "about 6" and "about 12" months. */
    static final AssessmentWindow AT_6 = AssessmentWindow.MONTHS_6;
    static final AssessmentWindow AT_12 = AssessmentWindow.MONTHS_12;
    public static final List<String> DIMENSIONS = List.of("overall", "economic", "social", "psychosocial");
    private static final Set<String> KNOWN_DIMENSIONS = Set.copyOf(DIMENSIONS);
    private static final String GRANT_PAYMENTS = "BUSINESS_GRANT/TRANCHE";
    private static final String MONTH = "yyyy-MM";
    /** How many months the charts over time (follow-up compliance, support delivered) show, this month included. */
    public static final int OVER_TIME_MONTHS = 36;

    private final ElasticsearchClient client;
    private final FollowUpGrace grace;
    private final ScoringSchemes schemes;
    /** The index each family is read from: the live aliases, or a snapshot's frozen indices. */
    private final java.util.function.UnaryOperator<String> indexOf;

    @org.springframework.beans.factory.annotation.Autowired
    public OutcomeFigures(ElasticsearchClient client, SearchIndexes indexes, FollowUpGrace grace, ScoringSchemes schemes) {
        this(client, grace, schemes, indexes::alias);
    }

    private OutcomeFigures(ElasticsearchClient client, FollowUpGrace grace, ScoringSchemes schemes,
                           java.util.function.UnaryOperator<String> indexOf) {
        this.client = client;
        this.grace = grace;
        this.schemes = schemes;
        this.indexOf = indexOf;
    }

    /** The same figures over other indices: a portfolio snapshot's, by family. Still limited to the viewer's offices. */
    public OutcomeFigures reading(Map<String, String> indices) {
        Map<String, String> frozen = Map.copyOf(indices);
        return new OutcomeFigures(client, grace, schemes, family -> {
            String index = frozen.get(family);
            if (index == null) {
                throw new IllegalArgumentException("No index for " + family + " in " + frozen);
            }
            return index;
        });
    }

    /**
     * Every figure of the dashboard at once: its seven searches go to Elasticsearch in one multi-search request, which
     * runs them side by side.
     */
    public Dashboard dashboard(HomewardUser viewer, OutcomeFilter filter, LocalDate today, String dimension,
                               String scheme, CohortDimension cohortsBy, AssessmentWindow window) {
        List<Search> all = new ArrayList<>(headlineSearches(viewer, filter, today));
        all.addAll(List.of(trajectorySearch(viewer, filter, dimension, scheme), cohortsSearch(viewer, filter, cohortsBy, window),
                complianceSearch(viewer, filter, today), supportSearch(viewer, filter, today)));
        List<Map<String, Aggregate>> answers = searchAll(all);
        return new Dashboard(today, filter, readHeadline(answers.subList(0, 3)), dimension, scheme,
                readTrajectory(answers.get(3), scheme), cohortsBy, window, readCohorts(answers.get(4)),
                readCompliance(answers.get(5)), readSupport(answers.get(6)));
    }

    public Headline headline(HomewardUser viewer, OutcomeFilter filter, LocalDate today) {
        return readHeadline(searchAll(headlineSearches(viewer, filter, today)));
    }

    /** Counts of cases and grant money; assessments sustainable at 6 and 12 months; businesses operating then. */
    private List<Search> headlineSearches(HomewardUser viewer, OutcomeFilter filter, LocalDate today) {
        Query scope = scope(viewer, filter);
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        Query open = term("status", "OPEN");
        Search cases = new Search(SearchFamily.CASES, scope, Map.of(
                "active", filter(open),
                "returned", filter(range("returnedOn", quarterStart.toString(), today.toString())),
                "overdue", filter(and(open, Query.of(q -> q.range(r -> r.date(d -> d.field("nextFollowUpDueOn")
                        .lt(grace.overdueIfDueBefore(today).toString())))))),
                "support", Aggregation.of(agg -> agg.nested(nested -> nested.path("supportTotals"))
                        .aggregations("paid", paid -> paid.filter(term("supportTotals.kind", GRANT_PAYMENTS))
                                .aggregations("currency", currency -> currency.terms(terms -> terms
                                                .field("supportTotals.currency").size(200))
                                        .aggregations("amount", sum -> sum.sum(s -> s.field("supportTotals.amount"))))))));
        Search assessed = new Search(SearchFamily.ASSESSMENTS, scope, Map.of(
                "at6", window(AT_6, term("sustainable", true)), "at12", window(AT_12, term("sustainable", true))));
        Search businesses = new Search(SearchFamily.CASE_EVENTS, and(scope, term("type", "BusinessStatusReported")),
                Map.of("at6", window(AT_6, term("kind", "OPERATING")), "at12", window(AT_12, term("kind", "OPERATING"))));
        return List.of(cases, assessed, businesses);
    }

    private static Headline readHeadline(List<Map<String, Aggregate>> answers) {
        Map<String, Aggregate> cases = answers.get(0);
        Map<String, BigDecimal> disbursed = new TreeMap<>();
        for (StringTermsBucket bucket : cases.get("support").nested().aggregations().get("paid")
                .filter().aggregations().get("currency").sterms().buckets().array()) {
            disbursed.put(bucket.key().stringValue(), BigDecimal.valueOf(bucket.aggregations().get("amount").sum().value())
                    .setScale(2, RoundingMode.HALF_UP));
        }
        Map<String, Aggregate> assessed = answers.get(1);
        Map<String, Aggregate> businesses = answers.get(2);
        return new Headline(count(cases, "active"), count(cases, "returned"), count(cases, "overdue"),
                share(assessed.get("at6")), share(assessed.get("at12")), disbursed,
                share(businesses.get("at6")), share(businesses.get("at12")));
    }

    /**
     * Quartiles of a dimension's score ({@code overall}, {@code economic}, {@code social} or {@code psychosocial}) by
     * windows of three months since the return, under the newest scheme, or under an older scheme version to compare.
     *
     * @param scheme a scheme version the assessments were also scored with, or null for the newest
     */
    public List<TrajectoryPoint> trajectory(HomewardUser viewer, OutcomeFilter filter, String dimension, String scheme) {
        return readTrajectory(searchAll(List.of(trajectorySearch(viewer, filter, dimension, scheme))).getFirst(), scheme);
    }

    public List<TrajectoryPoint> trajectory(HomewardUser viewer, OutcomeFilter filter, String dimension) {
        return trajectory(viewer, filter, dimension, null);
    }

    private Search trajectorySearch(HomewardUser viewer, OutcomeFilter filter, String dimension, String scheme) {
        if (!KNOWN_DIMENSIONS.contains(dimension)) {
            throw new IllegalArgumentException("Unknown dimension " + dimension + "; known: " + DIMENSIONS);
        }
        if (scheme != null && schemes.find(scheme).isEmpty()) {
            throw new IllegalArgumentException("Unknown scoring scheme " + scheme + "; known: " + schemes.ids());
        }
        Aggregation quartiles = ScoreDistribution.of(scheme == null ? dimension : "scores." + dimension);
        Aggregation score = scheme == null ? quartiles : Aggregation.of(agg -> agg.nested(n -> n.path("scores"))
                .aggregations("scheme", s -> s.filter(term("scores.scheme", scheme)).aggregations("score", quartiles)));
        return new Search(SearchFamily.ASSESSMENTS, scope(viewer, filter), Map.of("months",
                Aggregation.of(agg -> agg.histogram(h -> h.field("monthsSinceReturn").interval(3.0).minDocCount(1))
                        .aggregations("score", score))));
    }

    private static List<TrajectoryPoint> readTrajectory(Map<String, Aggregate> answer, String scheme) {
        List<TrajectoryPoint> points = new ArrayList<>();
        for (HistogramBucket bucket : answer.get("months").histogram().buckets().array()) {
            Aggregate result = bucket.aggregations().get("score");
            long assessments = bucket.docCount();
            if (scheme != null) {
                Aggregate ofScheme = result.nested().aggregations().get("scheme");
                assessments = ofScheme.filter().docCount();
                result = ofScheme.filter().aggregations().get("score");
            }
            if (assessments > 0) {
                points.add(new TrajectoryPoint((int) bucket.key(), assessments, ScoreDistribution.quantile(result, 0.25),
                        ScoreDistribution.quantile(result, 0.5), ScoreDistribution.quantile(result, 0.75)));
            }
        }
        return points;
    }

    /**
     * Cohorts compared: per value of the dimension, the assessments in the window, the share sustainable and the median
     * overall score. Compared by support received, people who had none yet form the cohort {@code NONE}.
     */
    public List<CohortOutcome> cohorts(HomewardUser viewer, OutcomeFilter filter, CohortDimension by,
                                       AssessmentWindow window) {
        return readCohorts(searchAll(List.of(cohortsSearch(viewer, filter, by, window))).getFirst());
    }

    private static Search cohortsSearch(HomewardUser viewer, OutcomeFilter filter, CohortDimension by,
                                        AssessmentWindow window) {
        Query inWindow = window == AssessmentWindow.ANY ? scope(viewer, filter) : and(scope(viewer, filter),
                monthsSinceReturn(window));
        return new Search(SearchFamily.ASSESSMENTS, inWindow, Map.of("cohort",
                Aggregation.of(agg -> agg.terms(terms -> {
                            terms.field(by.field()).size(500);
                            if (by == CohortDimension.SUPPORT_RECEIVED) {
                                terms.missing(FieldValue.of("NONE"));
                            }
                            return by == CohortDimension.RETURN_QUARTER ? terms.order(NamedValue.of("_key", SortOrder.Asc)) : terms;
                        })
                        .aggregations("sustainable", s -> s.filter(term("sustainable", true)))
                        .aggregations("median", ScoreDistribution.of("overall")))));
    }

    private static List<CohortOutcome> readCohorts(Map<String, Aggregate> answer) {
        List<CohortOutcome> cohorts = new ArrayList<>();
        for (StringTermsBucket bucket : answer.get("cohort").sterms().buckets().array()) {
            cohorts.add(new CohortOutcome(bucket.key().stringValue(), bucket.docCount(),
                    Headline.Share.of(bucket.aggregations().get("sustainable").filter().docCount(), bucket.docCount()),
                    ScoreDistribution.quantile(bucket.aggregations().get("median"), 0.5)));
        }
        return cohorts;
    }

    /** Follow-ups by the month they fell due, over the last {@value #OVER_TIME_MONTHS} months, and how each went (see {@link ComplianceMonth}). */
    public List<ComplianceMonth> followUpCompliance(HomewardUser viewer, OutcomeFilter filter, LocalDate today) {
        return readCompliance(searchAll(List.of(complianceSearch(viewer, filter, today))).getFirst());
    }

    private Search complianceSearch(HomewardUser viewer, OutcomeFilter filter, LocalDate today) {
        String overdueBefore = grace.overdueIfDueBefore(today).toString();
        Query pending = term("followUpOutcome", "PENDING");
        // a pending follow-up still within its grace period is neither done nor overdue yet: not counted
        Query due = Query.of(q -> q.bool(b -> b.filter(scope(viewer, filter))
                .filter(term("type", "FollowUpScheduled"))
                .filter(range("dueOn", overTimeFrom(today).toString(), today.toString()))
                .mustNot(term("followUpOutcome", "CANCELLED"))
                .mustNot(and(pending, range("dueOn", overdueBefore, null)))));
        Query late = and(term("followUpOutcome", "COMPLETED"),
                Query.of(q -> q.range(r -> r.number(n -> n.field("daysLate").gt((double) grace.days())))));
        return new Search(SearchFamily.CASE_EVENTS, due, Map.of("months",
                Aggregation.of(agg -> agg.dateHistogram(h -> h.field("dueOn").calendarInterval(CalendarInterval.Month)
                                .format(MONTH).minDocCount(1))
                        .aggregations("outcome", outcome -> outcome.terms(t -> t.field("followUpOutcome").size(10)))
                        .aggregations("late", filter(late)))));
    }

    private static List<ComplianceMonth> readCompliance(Map<String, Aggregate> answer) {
        List<ComplianceMonth> months = new ArrayList<>();
        for (DateHistogramBucket bucket : answer.get("months").dateHistogram().buckets().array()) {
            Map<String, Long> byOutcome = new HashMap<>();
            bucket.aggregations().get("outcome").sterms().buckets().array()
                    .forEach(outcome -> byOutcome.put(outcome.key().stringValue(), outcome.docCount()));
            long late = bucket.aggregations().get("late").filter().docCount();
            ComplianceMonth month = new ComplianceMonth(YearMonth.parse(bucket.keyAsString()),
                    byOutcome.getOrDefault("COMPLETED", 0L) - late, late, byOutcome.getOrDefault("MISSED", 0L),
                    byOutcome.getOrDefault("PENDING", 0L));
            if (month.due() > 0) {
                months.add(month);
            }
        }
        return months;
    }

    /** Charts over time show the months from this day's month {@value #OVER_TIME_MONTHS} months back. */
    static LocalDate overTimeFrom(LocalDate today) {
        return today.withDayOfMonth(1).minusMonths(OVER_TIME_MONTHS - 1);
    }

    /** Support entries by month given and kind, over the last {@value #OVER_TIME_MONTHS} months. */
    public List<SupportMonth> supportDelivered(HomewardUser viewer, OutcomeFilter filter, LocalDate today) {
        return readSupport(searchAll(List.of(supportSearch(viewer, filter, today))).getFirst());
    }

    private static Search supportSearch(HomewardUser viewer, OutcomeFilter filter, LocalDate today) {
        Query support = Query.of(q -> q.bool(b -> b.filter(scope(viewer, filter))
                .filter(f -> f.exists(e -> e.field("supportKind")))
                .filter(range("effectiveOn", overTimeFrom(today).toString(), today.toString()))));
        return new Search(SearchFamily.CASE_EVENTS, support, Map.of("months",
                Aggregation.of(agg -> agg.dateHistogram(h -> h.field("effectiveOn").calendarInterval(CalendarInterval.Month)
                                .format(MONTH).minDocCount(1))
                        .aggregations("kind", kind -> kind.terms(t -> t.field("supportKind").size(20))))));
    }

    private static List<SupportMonth> readSupport(Map<String, Aggregate> answer) {
        List<SupportMonth> months = new ArrayList<>();
        for (DateHistogramBucket bucket : answer.get("months").dateHistogram().buckets().array()) {
            Map<String, Long> byKind = new LinkedHashMap<>();
            bucket.aggregations().get("kind").sterms().buckets().array()
                    .forEach(kind -> byKind.put(kind.key().stringValue(), kind.docCount()));
            months.add(new SupportMonth(YearMonth.parse(bucket.keyAsString()), byKind));
        }
        return months;
    }

    /** One aggregation-only search of an index family. */
    private record Search(String family, Query query, Map<String, Aggregation> aggregations) {
    }

    /** The aggregations of each search, in order; several searches go in one multi-search request. */
    private List<Map<String, Aggregate>> searchAll(List<Search> searches) {
        try {
            MsearchResponse<Void> response = client.msearch(MsearchRequest.of(m -> {
                for (Search search : searches) {
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

    private static Query monthsSinceReturn(AssessmentWindow window) {
        return Query.of(f -> f.range(r -> r.number(n -> n.field("monthsSinceReturn")
                .gte(window.from().doubleValue()).lte(window.to().doubleValue()))));
    }

    /** The documents in the window, and among them those that match {@code success}. */
    private static Aggregation window(AssessmentWindow window, Query success) {
        return Aggregation.of(agg -> agg.filter(monthsSinceReturn(window)).aggregations("success", filter(success)));
    }

    private static Headline.Share share(Aggregate window) {
        long whole = window.filter().docCount();
        long part = window.filter().aggregations().get("success").filter().docCount();
        return Headline.Share.of(part, whole);
    }

    private static long count(Map<String, Aggregate> answer, String filter) {
        return answer.get(filter).filter().docCount();
    }

    private static Aggregation filter(Query query) {
        return Aggregation.of(agg -> agg.filter(query));
    }

    private static Query and(Query... all) {
        return Query.of(q -> q.bool(b -> b.filter(List.of(all))));
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

    private static Query term(String field, boolean value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    private static Query terms(String field, List<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
    }
}

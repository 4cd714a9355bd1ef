package org.homeward.outcomes;

import static org.homeward.outcomes.OutcomeQueries.and;
import static org.homeward.outcomes.OutcomeQueries.monthsSinceReturn;
import static org.homeward.outcomes.OutcomeQueries.scope;
import static org.homeward.outcomes.OutcomeQueries.term;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.casefile.assessment.ScoringSchemes;
import org.homeward.search.SearchFamily;
import org.homeward.security.HomewardUser;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.HistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.util.NamedValue;

/** The figures of assessment scores: their trajectory since the return, and cohorts compared. */
final class ScoreFigures {

    private static final Set<String> KNOWN_DIMENSIONS = Set.copyOf(OutcomeFigures.DIMENSIONS);

    private final ScoringSchemes schemes;

    ScoreFigures(ScoringSchemes schemes) {
        this.schemes = schemes;
    }

    OutcomeSearch trajectorySearch(HomewardUser viewer, OutcomeFilter filter, String dimension, String scheme) {
        if (!KNOWN_DIMENSIONS.contains(dimension)) {
            throw new IllegalArgumentException("Unknown dimension " + dimension + "; known: " + OutcomeFigures.DIMENSIONS);
        }
        if (scheme != null && schemes.find(scheme).isEmpty()) {
            throw new IllegalArgumentException("Unknown scoring scheme " + scheme + "; known: " + schemes.ids());
        }
        Aggregation quartiles = ScoreDistribution.of(scheme == null ? dimension : "scores." + dimension);
        Aggregation score = scheme == null ? quartiles : Aggregation.of(agg -> agg.nested(n -> n.path("scores"))
                .aggregations("scheme", s -> s.filter(term("scores.scheme", scheme)).aggregations("score", quartiles)));
        return new OutcomeSearch(SearchFamily.ASSESSMENTS, scope(viewer, filter), Map.of("months",
                Aggregation.of(agg -> agg.histogram(h -> h.field("monthsSinceReturn").interval(3.0).minDocCount(1))
                        .aggregations("score", score))));
    }

    static List<TrajectoryPoint> readTrajectory(Map<String, Aggregate> answer, String scheme) {
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

    static OutcomeSearch cohortsSearch(HomewardUser viewer, OutcomeFilter filter, CohortDimension by,
                                       AssessmentWindow window) {
        Query inWindow = window == AssessmentWindow.ANY ? scope(viewer, filter) : and(scope(viewer, filter),
                monthsSinceReturn(window));
        return new OutcomeSearch(SearchFamily.ASSESSMENTS, inWindow, Map.of("cohort",
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

    static List<CohortOutcome> readCohorts(Map<String, Aggregate> answer) {
        List<CohortOutcome> cohorts = new ArrayList<>();
        for (StringTermsBucket bucket : answer.get("cohort").sterms().buckets().array()) {
            cohorts.add(new CohortOutcome(bucket.key().stringValue(), bucket.docCount(),
                    Headline.Share.of(bucket.aggregations().get("sustainable").filter().docCount(), bucket.docCount()),
                    ScoreDistribution.quantile(bucket.aggregations().get("median"), 0.5)));
        }
        return cohorts;
    }
}

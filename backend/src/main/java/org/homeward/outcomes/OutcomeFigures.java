package org.homeward.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.homeward.casefile.assessment.ScoringSchemes;
import org.homeward.search.FollowUpGrace;
import org.homeward.search.SearchIndexes;
import org.homeward.security.HomewardUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;

/**
 * The outcome figures managers watch, computed by Elasticsearch aggregations over the {@code cases},
 * {@code assessments} and {@code case-events} indices, always within the viewer's offices and the dashboard's
 * filters (which every index carries: office, nationality, return quarter, date of return). Each figure's search
 * and reading is its own class's ({@link HeadlineFigures}, {@link ScoreFigures}, {@link OverTimeFigures}); this one
 * picks the indices and sends the searches.
 */
@Service
public class OutcomeFigures {

    public static final List<String> DIMENSIONS = List.of("overall", "economic", "social", "psychosocial");
    /** How many months the charts over time (follow-up compliance, support delivered) show, this month included. */
    public static final int OVER_TIME_MONTHS = 36;

    private final ElasticsearchClient client;
    private final FollowUpGrace grace;
    private final ScoringSchemes schemes;
    private final OutcomeSearches searches;
    private final HeadlineFigures headlines;
    private final ScoreFigures scores;
    private final OverTimeFigures overTime;

    @Autowired
    public OutcomeFigures(ElasticsearchClient client, SearchIndexes indexes, FollowUpGrace grace, ScoringSchemes schemes) {
        this(client, grace, schemes, indexes::alias);
    }

    /** @param indexOf the index each family is read from: the live aliases, or a snapshot's frozen indices */
    private OutcomeFigures(ElasticsearchClient client, FollowUpGrace grace, ScoringSchemes schemes,
                           UnaryOperator<String> indexOf) {
        this.client = client;
        this.grace = grace;
        this.schemes = schemes;
        this.searches = new OutcomeSearches(client, indexOf);
        this.headlines = new HeadlineFigures(grace);
        this.scores = new ScoreFigures(schemes);
        this.overTime = new OverTimeFigures(grace);
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
        List<OutcomeSearch> all = new ArrayList<>(headlines.searches(viewer, filter, today));
        all.addAll(List.of(scores.trajectorySearch(viewer, filter, dimension, scheme),
                ScoreFigures.cohortsSearch(viewer, filter, cohortsBy, window),
                overTime.complianceSearch(viewer, filter, today), OverTimeFigures.supportSearch(viewer, filter, today)));
        List<Map<String, Aggregate>> answers = searches.searchAll(all);
        return new Dashboard(today, filter, HeadlineFigures.read(answers.subList(0, 3)), dimension, scheme,
                ScoreFigures.readTrajectory(answers.get(3), scheme), cohortsBy, window,
                ScoreFigures.readCohorts(answers.get(4)), OverTimeFigures.readCompliance(answers.get(5)),
                OverTimeFigures.readSupport(answers.get(6)));
    }

    public Headline headline(HomewardUser viewer, OutcomeFilter filter, LocalDate today) {
        return HeadlineFigures.read(searches.searchAll(headlines.searches(viewer, filter, today)));
    }

    /**
     * Quartiles of a dimension's score ({@code overall}, {@code economic}, {@code social} or {@code psychosocial}) by
     * windows of three months since the return, under the newest scheme, or under an older scheme version to compare.
     *
     * @param scheme a scheme version the assessments were also scored with, or null for the newest
     */
    public List<TrajectoryPoint> trajectory(HomewardUser viewer, OutcomeFilter filter, String dimension, String scheme) {
        return ScoreFigures.readTrajectory(searches.search(scores.trajectorySearch(viewer, filter, dimension, scheme)), scheme);
    }

    public List<TrajectoryPoint> trajectory(HomewardUser viewer, OutcomeFilter filter, String dimension) {
        return trajectory(viewer, filter, dimension, null);
    }

    /**
     * Cohorts compared: per value of the dimension, the assessments in the window, the share sustainable and the median
     * overall score. Compared by support received, people who had none yet form the cohort {@code NONE}.
     */
    public List<CohortOutcome> cohorts(HomewardUser viewer, OutcomeFilter filter, CohortDimension by,
                                       AssessmentWindow window) {
        return ScoreFigures.readCohorts(searches.search(ScoreFigures.cohortsSearch(viewer, filter, by, window)));
    }

    /** Follow-ups by the month they fell due, over the last {@value #OVER_TIME_MONTHS} months, and how each went (see {@link ComplianceMonth}). */
    public List<ComplianceMonth> followUpCompliance(HomewardUser viewer, OutcomeFilter filter, LocalDate today) {
        return OverTimeFigures.readCompliance(searches.search(overTime.complianceSearch(viewer, filter, today)));
    }

    /** Support entries by month given and kind, over the last {@value #OVER_TIME_MONTHS} months. */
    public List<SupportMonth> supportDelivered(HomewardUser viewer, OutcomeFilter filter, LocalDate today) {
        return OverTimeFigures.readSupport(searches.search(OverTimeFigures.supportSearch(viewer, filter, today)));
    }
}

package org.homeward.outcomes;

import static org.homeward.outcomes.OutcomeQueries.and;
import static org.homeward.outcomes.OutcomeQueries.count;
import static org.homeward.outcomes.OutcomeQueries.filter;
import static org.homeward.outcomes.OutcomeQueries.range;
import static org.homeward.outcomes.OutcomeQueries.scope;
import static org.homeward.outcomes.OutcomeQueries.share;
import static org.homeward.outcomes.OutcomeQueries.term;
import static org.homeward.outcomes.OutcomeQueries.window;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.homeward.search.FollowUpGrace;
import org.homeward.search.SearchFamily;
import org.homeward.security.HomewardUser;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/** The headline figures: three searches, of cases, assessments and business reports, and the reading of their answers. */
final class HeadlineFigures {

    /** Months since the return that count as "about 6" and "about 12" months. */
    static final AssessmentWindow AT_6 = AssessmentWindow.MONTHS_6;
    static final AssessmentWindow AT_12 = AssessmentWindow.MONTHS_12;
    private static final String GRANT_PAYMENTS = "BUSINESS_GRANT/TRANCHE";

    private final FollowUpGrace grace;

    HeadlineFigures(FollowUpGrace grace) {
        this.grace = grace;
    }

    /** Counts of cases and grant money; assessments sustainable at 6 and 12 months; businesses operating then. */
    List<OutcomeSearch> searches(HomewardUser viewer, OutcomeFilter filter, LocalDate today) {
        Query scope = scope(viewer, filter);
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        Query open = term("status", "OPEN");
        OutcomeSearch cases = new OutcomeSearch(SearchFamily.CASES, scope, Map.of(
                "active", filter(open),
                "returned", filter(range("returnedOn", quarterStart.toString(), today.toString())),
                "overdue", filter(and(open, Query.of(q -> q.range(r -> r.date(d -> d.field("nextFollowUpDueOn")
                        .lt(grace.overdueIfDueBefore(today).toString())))))),
                "support", Aggregation.of(agg -> agg.nested(nested -> nested.path("supportTotals"))
                        .aggregations("paid", paid -> paid.filter(term("supportTotals.kind", GRANT_PAYMENTS))
                                .aggregations("currency", currency -> currency.terms(terms -> terms
                                                .field("supportTotals.currency").size(200))
                                        .aggregations("amount", sum -> sum.sum(s -> s.field("supportTotals.amount"))))))));
        OutcomeSearch assessed = new OutcomeSearch(SearchFamily.ASSESSMENTS, scope, Map.of(
                "at6", window(AT_6, term("sustainable", true)), "at12", window(AT_12, term("sustainable", true))));
        OutcomeSearch businesses = new OutcomeSearch(SearchFamily.CASE_EVENTS, and(scope, term("type", "BusinessStatusReported")),
                Map.of("at6", window(AT_6, term("kind", "OPERATING")), "at12", window(AT_12, term("kind", "OPERATING"))));
        return List.of(cases, assessed, businesses);
    }

    static Headline read(List<Map<String, Aggregate>> answers) {
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
}

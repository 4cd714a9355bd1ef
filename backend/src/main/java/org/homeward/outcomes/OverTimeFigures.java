package org.homeward.outcomes;

import static org.homeward.outcomes.OutcomeQueries.and;
import static org.homeward.outcomes.OutcomeQueries.filter;
import static org.homeward.outcomes.OutcomeQueries.range;
import static org.homeward.outcomes.OutcomeQueries.scope;
import static org.homeward.outcomes.OutcomeQueries.term;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.search.FollowUpGrace;
import org.homeward.search.SearchFamily;
import org.homeward.security.HomewardUser;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * The charts over time, month by month over the last {@value OutcomeFigures#OVER_TIME_MONTHS} months: follow-up
 * compliance and support delivered.
 */
final class OverTimeFigures {

    private static final String MONTH = "yyyy-MM";

    private final FollowUpGrace grace;

    OverTimeFigures(FollowUpGrace grace) {
        this.grace = grace;
    }

    /** Charts over time show the months from this day's month {@value OutcomeFigures#OVER_TIME_MONTHS} months back. */
    static LocalDate overTimeFrom(LocalDate today) {
        return today.withDayOfMonth(1).minusMonths(OutcomeFigures.OVER_TIME_MONTHS - 1);
    }

    OutcomeSearch complianceSearch(HomewardUser viewer, OutcomeFilter filter, LocalDate today) {
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
        return new OutcomeSearch(SearchFamily.CASE_EVENTS, due, Map.of("months",
                Aggregation.of(agg -> agg.dateHistogram(h -> h.field("dueOn").calendarInterval(CalendarInterval.Month)
                                .format(MONTH).minDocCount(1))
                        .aggregations("outcome", outcome -> outcome.terms(t -> t.field("followUpOutcome").size(10)))
                        .aggregations("late", filter(late)))));
    }

    static List<ComplianceMonth> readCompliance(Map<String, Aggregate> answer) {
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

    static OutcomeSearch supportSearch(HomewardUser viewer, OutcomeFilter filter, LocalDate today) {
        Query support = Query.of(q -> q.bool(b -> b.filter(scope(viewer, filter))
                .filter(f -> f.exists(e -> e.field("supportKind")))
                .filter(range("effectiveOn", overTimeFrom(today).toString(), today.toString()))));
        return new OutcomeSearch(SearchFamily.CASE_EVENTS, support, Map.of("months",
                Aggregation.of(agg -> agg.dateHistogram(h -> h.field("effectiveOn").calendarInterval(CalendarInterval.Month)
                                .format(MONTH).minDocCount(1))
                        .aggregations("kind", kind -> kind.terms(t -> t.field("supportKind").size(20))))));
    }

    static List<SupportMonth> readSupport(Map<String, Aggregate> answer) {
        List<SupportMonth> months = new ArrayList<>();
        for (DateHistogramBucket bucket : answer.get("months").dateHistogram().buckets().array()) {
            Map<String, Long> byKind = new LinkedHashMap<>();
            bucket.aggregations().get("kind").sterms().buckets().array()
                    .forEach(kind -> byKind.put(kind.key().stringValue(), kind.docCount()));
            months.add(new SupportMonth(YearMonth.parse(bucket.keyAsString()), byKind));
        }
        return months;
    }
}

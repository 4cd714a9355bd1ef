package org.homeward.search;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.security.HomewardUser;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * The Elasticsearch queries of a {@link CaseQuery} for {@link CaseSearch}: the viewer's scope and free text, and one
 * filter per chosen facet, kept apart so that each facet can be counted with all the others applied. What counts as
 * overdue depends on the clock's day.
 */
final class CaseFilters {

    private static final String RETURN_PERIOD = "returnPeriod";

    private final FollowUpGrace grace;
    private final Clock clock;

    CaseFilters(FollowUpGrace grace, Clock clock) {
        this.grace = grace;
        this.clock = clock;
    }

    static List<String> selected(CaseQuery query, String facet) {
        return switch (facet) {
            case "status" -> query.status();
            case "office" -> query.office();
            case "nationality" -> query.nationality();
            case "exploitationCountry" -> query.exploitationCountry();
            case "sex" -> query.sex();
            case "supportKind" -> query.supportKind();
            case "flag" -> query.flag();
            case CaseSearch.RETURN_QUARTER -> query.returnQuarter();
            default -> List.of();
        };
    }

    /** The filters the query chooses, by facet (or other criterion): each facet's count leaves its own out. */
    Map<String, Query> of(CaseQuery query) {
        Map<String, Query> filters = new LinkedHashMap<>();
        CaseSearch.FACETS.forEach((facet, field) -> {
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
            filters.put(CaseSearch.OVERDUE, overdue(query.overdue()));
        }
        if (query.officer() != null) {
            filters.put("officer", terms("officer", List.of(query.officer())));
        }
        return filters;
    }

    /** Open, with a follow-up due before today less the grace period. */
    Query overdue(boolean overdue) {
        LocalDate cutoff = grace.overdueIfDueBefore(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        Query late = Query.of(q -> q.bool(bool -> bool
                .filter(terms("status", List.of("OPEN")))
                .filter(f -> f.range(range -> range.date(date -> date.field("nextFollowUpDueOn").lt(cutoff.toString()))))));
        return overdue ? late : Query.of(q -> q.bool(bool -> bool.mustNot(late)));
    }

    /** Every filter but the one left out (none when null), all required. */
    static Query allBut(Map<String, Query> filters, String left) {
        List<Query> kept = new ArrayList<>();
        filters.forEach((facet, filter) -> {
            if (!facet.equals(left)) {
                kept.add(filter);
            }
        });
        return Query.of(q -> q.bool(bool -> bool.filter(kept)));
    }

    /** The viewer's offices, and the free text when there is one. */
    static Query scopeAndText(HomewardUser viewer, CaseQuery query) {
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

    private static Query officesOf(HomewardUser viewer) {
        return terms("office", List.copyOf(viewer.offices()));
    }

    private static Query terms(String field, List<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(query -> query.terms(terms -> terms.field(field).terms(t -> t.value(fieldValues))));
    }
}

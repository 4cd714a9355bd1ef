package org.homeward.outcomes;

import java.util.List;
import java.util.Map;

import org.homeward.security.HomewardUser;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/** The query and aggregation pieces the outcome figures are built of, and the reading of their simplest answers. */
final class OutcomeQueries {

    private OutcomeQueries() {
    }

    static Query monthsSinceReturn(AssessmentWindow window) {
        return Query.of(f -> f.range(r -> r.number(n -> n.field("monthsSinceReturn")
                .gte(window.from().doubleValue()).lte(window.to().doubleValue()))));
    }

    /** The documents in the window, and among them those that match {@code success}. */
    static Aggregation window(AssessmentWindow window, Query success) {
        return Aggregation.of(agg -> agg.filter(monthsSinceReturn(window)).aggregations("success", filter(success)));
    }

    static Headline.Share share(Aggregate window) {
        long whole = window.filter().docCount();
        long part = window.filter().aggregations().get("success").filter().docCount();
        return Headline.Share.of(part, whole);
    }

    static long count(Map<String, Aggregate> answer, String filter) {
        return answer.get(filter).filter().docCount();
    }

    static Aggregation filter(Query query) {
        return Aggregation.of(agg -> agg.filter(query));
    }

    static Query and(Query... all) {
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

    static Query range(String field, String from, String to) {
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

    static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    static Query term(String field, boolean value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    static Query terms(String field, List<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
    }
}

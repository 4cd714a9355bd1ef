package org.homeward.outcomes;

import java.util.Map;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/** One aggregation-only search of an index family. */
record OutcomeSearch(String family, Query query, Map<String, Aggregation> aggregations) {
}

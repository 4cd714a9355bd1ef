package org.homeward.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.homeward.security.HomewardUser;
import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;

/** Lists cases from the {@code cases} index, always limited by the server to the offices the viewer works for. */
@Service
public class CaseSearch {

    static final String FAMILY = "cases";

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;

    public CaseSearch(ElasticsearchClient client, SearchIndexes indexes) {
        this.client = client;
        this.indexes = indexes;
    }

    /** A page of the viewer's cases, newest referral first. */
    public List<CaseSummary> list(HomewardUser viewer, int offset, int limit) {
        try {
            return client.search(search -> search.index(indexes.alias(FAMILY))
                            .query(officesOf(viewer))
                            .from(offset).size(limit)
                            .sort(sort -> sort.field(field -> field.field("referredOn").order(SortOrder.Desc)))
                            .sort(sort -> sort.field(field -> field.field("reference").order(SortOrder.Desc))),
                    CaseSummary.class)
                    .hits().hits().stream().map(Hit::source).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Case search failed", e);
        }
    }

    public long count(HomewardUser viewer) {
        try {
            return client.count(count -> count.index(indexes.alias(FAMILY)).query(officesOf(viewer))).count();
        } catch (IOException e) {
            throw new UncheckedIOException("Case count failed", e);
        }
    }

    /**
     * Waits until a just-opened case shows in searches, so the screen after recording it lists it
     * (read-your-writes). Returns false when it did not within the time given.
     */
    public boolean awaitSearchable(UUID caseId, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Duration pause = Duration.ofMillis(50);
        try {
            while (true) {
                long found = client.count(count -> count.index(indexes.alias(FAMILY))
                        .query(query -> query.ids(ids -> ids.values(caseId.toString())))).count();
                if (found > 0) {
                    return true;
                }
                if (Instant.now().isAfter(deadline)) {
                    return false;
                }
                Thread.sleep(pause);
                pause = pause.multipliedBy(2).compareTo(Duration.ofMillis(500)) > 0 ? Duration.ofMillis(500) : pause.multipliedBy(2);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Case search failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Query officesOf(HomewardUser viewer) {
        List<FieldValue> offices = viewer.offices().stream().map(FieldValue::of).toList();
        return Query.of(query -> query.bool(bool -> bool.filter(filter -> filter.terms(terms -> terms
                .field("office").terms(values -> values.value(offices))))));
    }
}

package org.homeward.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonData;

/** The waits of {@link CaseSearch} for what was just recorded to show in searches. */
final class ReadYourWrites {

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;
    private final Clock clock;
    private final JdbcClient jdbc;

    ReadYourWrites(ElasticsearchClient client, SearchIndexes indexes, Clock clock, JdbcClient jdbc) {
        this.client = client;
        this.indexes = indexes;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** See {@link CaseSearch#awaitIndexed}. */
    boolean awaitIndexed(UUID caseId, String eventId, Duration timeout) {
        long stored = jdbc.sql("select coalesce(max(sequence_number), -1) from domain_event_entry where aggregate_identifier = :id")
                .param("id", caseId.toString()).query(Long.class).single();
        return refreshedOnce(timeout, () -> {
            Long sequence = field(SearchFamily.CASE_EVENTS, eventId, "sequence");
            Long caseAt = sequence == null ? null : field(SearchFamily.CASES, caseId.toString(), "lastEventSequence");
            return caseAt != null && caseAt >= Math.max(sequence, stored);
        });
    }

    /** See {@link CaseSearch#awaitSearchable}. */
    boolean awaitSearchable(UUID caseId, Duration timeout) {
        return refreshedOnce(timeout, () -> field(SearchFamily.CASES, caseId.toString(), "lastEventSequence") != null);
    }

    /**
     * Polls real-time reads until the condition holds (pauses doubling from 20 to 250 ms), then refreshes the
     * indices so searches see it too. False when the time ran out first.
     */
    private boolean refreshedOnce(Duration timeout, java.util.function.BooleanSupplier indexed) {
        Instant deadline = clock.instant().plus(timeout);
        Duration pause = Duration.ofMillis(20);
        try {
            while (!indexed.getAsBoolean()) {
                if (clock.instant().isAfter(deadline)) {
                    return false;
                }
                Thread.sleep(pause);
                pause = pause.multipliedBy(2).compareTo(Duration.ofMillis(250)) > 0 ? Duration.ofMillis(250) : pause.multipliedBy(2);
            }
            indexes.refresh(indexes.aliases(SearchFamily.ALL));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A numeric field of a document, read in real time (no refresh needed); null when the document is not there. */
    private Long field(String family, String id, String name) {
        try {
            var found = client.get(get -> get.index(indexes.alias(family)).id(id).realtime(true)
                    .sourceIncludes(name), JsonData.class);
            if (!found.found() || found.source() == null) {
                return null;
            }
            Function<JsonData, Long> read = json -> json.toJson().asJsonObject().getJsonNumber(name).longValue();
            return read.apply(found.source());
        } catch (IOException e) {
            throw new UncheckedIOException("Search lookup failed", e);
        }
    }
}

package org.homeward.search.rebuild;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.homeward.casefile.CaseEvent;
import org.homeward.search.SearchFamily;
import org.homeward.search.SearchIndexes;
import org.homeward.search.projection.CaseDocumentWrites;
import org.homeward.search.projection.CaseProjection;
import org.homeward.search.projection.IndexDocument;
import org.homeward.search.projection.IndexTarget;
import org.homeward.search.projection.IndexTargets;
import org.homeward.search.projection.ProjectedCase;
import org.homeward.search.projection.SearchWriter;
import org.homeward.search.projection.StoredCaseEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * Rebuilds search indices from the event store while the current ones keep serving, then swaps the aliases in one
 * step. The rebuild is registered in {@code search_rebuild} first, so that from then on every node's live projection
 * also writes into the new indices; the rebuild itself reads every case up to the newest event stored at that
 * moment. Together they miss nothing, and versioned writes make the overlap harmless. One rebuild at a time.
 */
@Service
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final int BULK_DOCUMENTS = 3_000;

    private final SearchIndexes indexes;
    private final IndexTargets targets;
    private final SearchWriter writer;
    private final CaseProjection projection;
    private final ElasticsearchClient client;
    private final JdbcClient jdbc;
    private final CaseHistoriesInOrder histories;
    private final Serializer eventSerializer;
    private final org.axonframework.config.Configuration axon;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final java.util.concurrent.ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "search-rebuild-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "search-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    public ProjectionRebuilds(SearchIndexes indexes, IndexTargets targets, SearchWriter writer,
                              CaseProjection projection, ElasticsearchClient client, JdbcClient jdbc,
                              JdbcTemplate jdbcTemplate, PlatformTransactionManager transactions,
                              @Qualifier("eventSerializer") Serializer eventSerializer,
                              org.axonframework.config.Configuration axon, Clock clock) {
        this.indexes = indexes;
        this.targets = targets;
        this.writer = writer;
        this.projection = projection;
        this.client = client;
        this.jdbc = jdbc;
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.histories = new CaseHistoriesInOrder(jdbcTemplate, readOnly);
        // Progress is written while the read-only streaming transaction is open, so in a transaction of its own.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.eventSerializer = eventSerializer;
        this.axon = axon;
        this.clock = clock;
    }

    /** Starts rebuilding these families (all when empty) and returns at once with the rebuild's first status. */
    public synchronized RebuildStatus start(Collection<String> families, String startedBy) {
        Set<String> chosen = new TreeSet<>(families.isEmpty() ? SearchFamily.ALL : families);
        for (String family : chosen) {
            if (!SearchFamily.ALL.contains(family)) {
                throw new IllegalArgumentException("Unknown index family " + family + "; known: " + SearchFamily.ALL);
            }
        }
        running().ifPresent(rebuild -> {
            throw new RebuildAlreadyRunning(rebuild.rebuildId());
        });
        abandonStale();
        Map<String, String> newIndices = new LinkedHashMap<>();
        chosen.forEach(family -> newIndices.put(family, indexes.createIndex(family)));
        pauseRefresh(newIndices.values(), true);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into search_rebuild (rebuild_id, status, target_indices, started_by, started_at, heartbeat_at,
                                            up_to_position, events_total, events_done)
                values (:id, 'RUNNING', :indices, :by, :now, :now, -1, 0, 0)""")
                .param("id", id).param("indices", String.join(",", newIndices.values())).param("by", startedBy)
                .param("now", Timestamp.from(now)).update();
        // Read only now, after the live projections can see the new indices: every later event reaches them live.
        long upTo = jdbc.sql("select coalesce(max(global_index), -1) from domain_event_entry").query(Long.class).single();
        long total = jdbc.sql("select count(*) from domain_event_entry where global_index <= :upTo")
                .param("upTo", upTo).query(Long.class).single();
        jdbc.sql("update search_rebuild set up_to_position = :upTo, events_total = :total where rebuild_id = :id")
                .param("upTo", upTo).param("total", total).param("id", id).update();
        log.info("Rebuilding {} from {} events (up to position {}), started by {}", newIndices.values(), total, upTo, startedBy);
        runner.submit(() -> run(id, newIndices, upTo));
        return status(id).orElseThrow();
    }

    public Optional<RebuildStatus> status(UUID id) {
        return jdbc.sql("select * from search_rebuild where rebuild_id = :id").param("id", id)
                .query((row, n) -> RebuildStatus.of(row.getObject("rebuild_id", UUID.class), row.getString("status"),
                        row.getString("target_indices"), row.getString("started_by"),
                        row.getTimestamp("started_at").toInstant(), row.getTimestamp("heartbeat_at").toInstant(),
                        row.getTimestamp("finished_at") == null ? null : row.getTimestamp("finished_at").toInstant(),
                        row.getLong("events_done"), row.getLong("events_total"), row.getInt("cases_failed"),
                        row.getString("failure")))
                .optional();
    }

    /** The latest rebuilds, newest first. */
    public List<RebuildStatus> recent(int limit) {
        return jdbc.sql("select rebuild_id from search_rebuild order by started_at desc limit :limit")
                .param("limit", limit).query(UUID.class).list().stream()
                .map(this::status).flatMap(Optional::stream).toList();
    }

    public Optional<RebuildStatus> running() {
        return jdbc.sql("select rebuild_id from search_rebuild where " + IndexTargets.LIVE_REBUILD)
                .param("stale", Timestamp.from(clock.instant().minus(IndexTargets.RebuildHeartbeat.STALE_AFTER)))
                .query(UUID.class).optional().flatMap(this::status);
    }

    private void abandonStale() {
        List<String> stale = jdbc.sql("select target_indices from search_rebuild where status = 'RUNNING'")
                .query(String.class).list();
        stale.forEach(indices -> List.of(indices.split(",")).forEach(indexes::deleteIndex));
        jdbc.sql("update search_rebuild set status = 'ABANDONED', finished_at = :now where status = 'RUNNING'")
                .param("now", Timestamp.from(clock.instant())).update();
    }

    private void run(UUID id, Map<String, String> newIndices, long upTo) {
        try (Progress progress = new Progress(id)) {
            Map<String, List<IndexTarget>> into = targets.of(newIndices.values());
            List<IndexDocument> pending = new ArrayList<>();
            Set<String> failedCases = new TreeSet<>();
            EventUpcaster upcasters = axon.upcasterChain();
            histories.forEachCase(upTo, rows -> {
                try {
                    List<StoredCaseEvent> stream = new ArrayList<>();
                    for (DomainEventMessage<?> message : rows.messages(eventSerializer, upcasters)) {
                        if (message.getPayload() instanceof CaseEvent) {
                            stream.add(StoredCaseEvent.of(message));
                        }
                    }
                    if (!stream.isEmpty()) {
                        ProjectedCase documents = projection.project(stream);
                        pending.addAll(CaseDocumentWrites.all(documents, stream.getLast().sequence()));
                    }
                } catch (RuntimeException poison) {
                    failedCases.add(rows.caseId());
                    log.warn("Rebuild {}: case {} cannot be projected and is left out: {}", id, rows.caseId(), poison.toString());
                }
                progress.add(rows.rows().size());
                if (pending.size() >= BULK_DOCUMENTS) {
                    failedCases.addAll(flush(pending, into));
                }
                progress.failed(failedCases.size());
            });
            failedCases.addAll(flush(pending, into));
            progress.failed(failedCases.size());
            progress.report();
            pauseRefresh(newIndices.values(), false);
            indexes.refresh(newIndices.values());
            if (status(id).map(RebuildStatus::state).orElse(null) != RebuildStatus.State.RUNNING) {
                throw new IllegalStateException("The rebuild was abandoned while it ran (no heartbeat for "
                        + IndexTargets.RebuildHeartbeat.STALE_AFTER + "); its indices may miss live events");
            }
            Map<String, String> previous = indexes.currentIndices();
            indexes.swap(newIndices);
            newIndices.forEach((family, index) -> indexes.deleteOlderGenerations(family, index, previous.get(family)));
            finish(id, "COMPLETED", failedCases.isEmpty() ? null
                    : failedCases.size() + " case(s) could not be projected and are missing: " + String.join(", ",
                    failedCases.stream().limit(20).toList()));
            log.info("Rebuild {} completed: aliases now point at {}", id, newIndices.values());
        } catch (RuntimeException e) {
            log.error("Rebuild {} failed; the current indices keep serving", id, e);
            finish(id, "FAILED", e.toString());
            newIndices.values().forEach(indexes::deleteIndex);
        }
    }

    private Set<String> flush(List<IndexDocument> pending, Map<String, List<IndexTarget>> into) {
        Map<String, String> refused = writer.write(pending, into);
        pending.clear();
        refused.forEach((caseId, reason) -> log.warn("Rebuild: case {} refused by the index: {}", caseId, reason));
        return refused.keySet();
    }

    private void finish(UUID id, String state, String failure) {
        jdbc.sql("update search_rebuild set status = :state, finished_at = :now, heartbeat_at = :now, failure = :failure "
                        + "where rebuild_id = :id")
                .param("state", state).param("now", Timestamp.from(clock.instant()))
                .param("failure", failure == null ? null : failure.substring(0, Math.min(2000, failure.length())))
                .param("id", id).update();
    }

    /** Bulk loading is faster with refreshes off; they come back before the swap. */
    private void pauseRefresh(Collection<String> indices, boolean pause) {
        try {
            client.indices().putSettings(request -> request.index(List.copyOf(indices))
                    .settings(settings -> settings.refreshInterval(time -> time.time(pause ? "-1" : "1s"))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot change the refresh interval of " + indices, e);
        }
    }

    /**
     * Counts done and tells the table every couple of seconds from a timer of its own: that is also the heartbeat by
     * which every node knows the rebuild is alive and keeps writing into its indices, so it must not wait on a slow
     * bulk write.
     */
    private final class Progress implements AutoCloseable {
        private final UUID id;
        private final java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.ScheduledFuture<?> beat;

        Progress(UUID id) {
            this.id = id;
            long every = IndexTargets.RebuildHeartbeat.EVERY.toMillis();
            this.beat = heartbeats.scheduleAtFixedRate(this::report, every, every, java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        void add(long events) {
            done.addAndGet(events);
        }

        void failed(int cases) {
            failed.set(cases);
        }

        void report() {
            try {
                ownTransaction.executeWithoutResult(status -> jdbc.sql(
                                "update search_rebuild set events_done = :done, cases_failed = :failed, heartbeat_at = :at "
                                + "where rebuild_id = :id and status = 'RUNNING'")
                        .param("done", done.get()).param("failed", failed.get())
                        .param("at", Timestamp.from(clock.instant())).param("id", id).update());
            } catch (RuntimeException e) {
                log.warn("Rebuild {}: cannot record progress: {}", id, e.toString());
            }
        }

        @Override
        public void close() {
            beat.cancel(false);
            report();
        }
    }
}

package org.homeward.search.rebuild;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
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
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
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
import org.homeward.search.projection.IndexTargets.RebuildHeartbeat;
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
import jakarta.annotation.PreDestroy;

/**
 * Rebuilds search indices from the event store while the current ones keep serving, then swaps the aliases in one
 * step. The rebuild is registered in {@code search_rebuild} first, so that from then on every node's live projection
 * also writes into the new indices; the rebuild itself reads every case up to the newest event stored at that
 * moment. Together they miss nothing, and versioned writes make the overlap harmless. One rebuild at a time across
 * all nodes (a row lock); a rebuild whose heartbeat lapsed does not swap, since live writes may have stopped
 * reaching its indices.
 */
@Service
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final int BULK_DOCUMENTS = 3_000;
    private static final int BULKS_IN_FLIGHT = 2;

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
    private final TransactionTemplate transaction;
    private final TransactionTemplate ownTransaction;
    /** 0 for as fast as it goes; a limit leaves the cores to live traffic while a rebuild runs in working hours. */
    private final double maxEventsPerSecond;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(task -> {
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
                              org.axonframework.config.Configuration axon, Clock clock,
                              @org.springframework.beans.factory.annotation.Value("${homeward.search.rebuild.cases-per-page:500}")
                              int casesPerPage,
                              @org.springframework.beans.factory.annotation.Value("${homeward.search.rebuild.max-events-per-second:0}")
                              double maxEventsPerSecond) {
        this.indexes = indexes;
        this.targets = targets;
        this.writer = writer;
        this.projection = projection;
        this.client = client;
        this.jdbc = jdbc;
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.histories = new CaseHistoriesInOrder(jdbcTemplate, readOnly, casesPerPage);
        this.transaction = new TransactionTemplate(transactions);
        // Progress is written while the read-only streaming transaction is open, so in a transaction of its own.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.eventSerializer = eventSerializer;
        this.axon = axon;
        this.clock = clock;
        this.maxEventsPerSecond = maxEventsPerSecond;
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
        heartbeats.shutdownNow();
    }

    /** Starts rebuilding these families (all when empty) and returns at once with the rebuild's first status. */
    public RebuildStatus start(Collection<String> families, String startedBy) {
        Set<String> chosen = new TreeSet<>(families.isEmpty() ? SearchFamily.ALL : families);
        for (String family : chosen) {
            if (!SearchFamily.ALL.contains(family)) {
                throw new IllegalArgumentException("Unknown index family " + family + "; known: " + SearchFamily.ALL);
            }
        }
        Started started = transaction.execute(status -> register(chosen, startedBy));
        // Read only now, after the registration is committed: every later event reaches the new indices live.
        long upTo = jdbc.sql("select coalesce(max(global_index), -1) from domain_event_entry").query(Long.class).single();
        long total = jdbc.sql("select count(*) from domain_event_entry where global_index <= :upTo")
                .param("upTo", upTo).query(Long.class).single();
        jdbc.sql("update search_rebuild set up_to_position = :upTo, events_total = :total where rebuild_id = :id")
                .param("upTo", upTo).param("total", total).param("id", started.id()).update();
        log.info("Rebuilding {} from {} events (up to position {}), started by {}", started.indices().values(), total,
                upTo, startedBy);
        runner.submit(() -> run(started.id(), started.indices(), upTo));
        return status(started.id()).orElseThrow();
    }

    private record Started(UUID id, Map<String, String> indices) {
    }

    /** In one transaction holding the rebuild lock: no other node can start one meanwhile. */
    private Started register(Set<String> chosen, String startedBy) {
        jdbc.sql("select lock_id from search_rebuild_lock where lock_id = 1 for update").query(Integer.class).single();
        running().ifPresent(rebuild -> {
            throw new RebuildAlreadyRunning(rebuild.rebuildId());
        });
        abandonStale();
        Map<String, String> newIndices = new LinkedHashMap<>();
        chosen.forEach(family -> newIndices.put(family, indexes.createIndex(family)));
        pauseRefresh(newIndices.values(), true);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into search_rebuild (rebuild_id, status, target_indices, started_by, started_at, heartbeat_at,
                                            up_to_position, events_total, events_done)
                values (:id, 'RUNNING', :indices, :by, :now, current_timestamp, -1, 0, 0)""")
                .param("id", id).param("indices", String.join(",", newIndices.values())).param("by", startedBy)
                .param("now", Timestamp.from(clock.instant())).update();
        return new Started(id, newIndices);
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

    /** The rebuild that runs now, with a heartbeat fresh by the database's clock. */
    public Optional<RebuildStatus> running() {
        return runningRows(true).stream().findFirst().flatMap(this::status);
    }

    private List<UUID> runningRows(boolean fresh) {
        return jdbc.sql("""
                select rebuild_id, heartbeat_at, current_timestamp as db_now from search_rebuild
                 where status = 'RUNNING' order by started_at desc""")
                .query((row, n) -> {
                    Instant now = row.getTimestamp("db_now").toInstant();
                    boolean alive = row.getTimestamp("heartbeat_at").toInstant().isAfter(now.minus(RebuildHeartbeat.STALE_AFTER));
                    return alive == fresh ? row.getObject("rebuild_id", UUID.class) : null;
                })
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }

    /** Rebuilds whose node stopped reporting: their indices go, unless an alias already serves them. */
    private void abandonStale() {
        for (UUID stale : runningRows(false)) {
            String indices = jdbc.sql("select target_indices from search_rebuild where rebuild_id = :id")
                    .param("id", stale).query(String.class).single();
            List.of(indices.split(",")).stream().filter(index -> !indexes.isServing(index)).forEach(indexes::deleteIndex);
            jdbc.sql("update search_rebuild set status = 'ABANDONED', finished_at = :now where rebuild_id = :id")
                    .param("now", Timestamp.from(clock.instant())).param("id", stale).update();
        }
    }

    private void run(UUID id, Map<String, String> newIndices, long upTo) {
        boolean swapped = false;
        long started = System.nanoTime();
        try (Progress progress = new Progress(id)) {
            Map<String, List<IndexTarget>> into = targets.of(newIndices.values());
            List<IndexDocument> pending = new ArrayList<>();
            Set<String> failedCases = new TreeSet<>();
            EventUpcaster upcasters = axon.upcasterChain();
            // Bulk requests in flight while the next pages are read and folded: the event store, the fold and
            // Elasticsearch work side by side instead of in turn (two requests keep both of a node's indexing
            // threads busy; more only queue).
            ExecutorService sender = Executors.newFixedThreadPool(BULKS_IN_FLIGHT, task -> new Thread(task, "search-rebuild-bulk"));
            List<Future<Set<String>>> inFlight = new ArrayList<>(BULKS_IN_FLIGHT);
            try {
                histories.forEachCase(upTo, rows -> {
                    List<StoredCaseEvent> stream = readable(rows, upcasters, failedCases, id);
                    if (!stream.isEmpty()) {
                        try {
                            ProjectedCase documents = projection.project(stream);
                            pending.addAll(CaseDocumentWrites.all(documents, stream.getLast().sequence()));
                        } catch (RuntimeException poison) {
                            failedCases.add(rows.caseId());
                            log.warn("Rebuild {}: case {} cannot be projected and is left out: {}", id, rows.caseId(), poison.toString());
                        }
                    }
                    progress.add(rows.rows().size());
                    pace(progress, started);
                    if (pending.size() >= BULK_DOCUMENTS) {
                        if (inFlight.size() >= BULKS_IN_FLIGHT) {
                            failedCases.addAll(awaitBulk(inFlight));
                        }
                        List<IndexDocument> bulk = List.copyOf(pending);
                        pending.clear();
                        inFlight.add(sender.submit(() -> flush(bulk, into)));
                    }
                    progress.failed(failedCases.size());
                });
                while (!inFlight.isEmpty()) {
                    failedCases.addAll(awaitBulk(inFlight));
                }
            } finally {
                sender.shutdownNow();
            }
            failedCases.addAll(flush(List.copyOf(pending), into));
            progress.failed(failedCases.size());
            progress.report();
            pauseRefresh(newIndices.values(), false);
            indexes.refresh(newIndices.values());
            if (progress.lapsed() || status(id).map(RebuildStatus::state).orElse(null) != RebuildStatus.State.RUNNING) {
                throw new IllegalStateException("The rebuild's heartbeat lapsed while it ran (more than "
                        + RebuildHeartbeat.STALE_AFTER + "); live events may have stopped reaching its indices");
            }
            Map<String, String> previous = indexes.currentIndices();
            indexes.swap(newIndices);
            swapped = true;
            finish(id, "COMPLETED", failedCases.isEmpty() ? null
                    : failedCases.size() + " case(s) could not be projected completely: " + String.join(", ",
                    failedCases.stream().limit(20).toList()));
            log.info("Rebuild {} completed: aliases now point at {}", id, newIndices.values());
            newIndices.forEach((family, index) -> indexes.deleteOlderGenerations(family, index, previous.get(family)));
        } catch (RuntimeException e) {
            if (swapped) {
                // The new indices serve already: they must stay, whatever failed in cleaning up after the swap.
                log.warn("Rebuild {} swapped the aliases but could not clean up: {}", id, e.toString());
                return;
            }
            log.error("Rebuild {} failed; the current indices keep serving", id, e);
            finish(id, "FAILED", e.toString());
            newIndices.values().stream().filter(index -> !indexes.isServing(index)).forEach(indexes::deleteIndex);
        }
    }

    /** Waits, if a limit is set, until the events done so far are within it. */
    private void pace(Progress progress, long startedNanos) {
        if (maxEventsPerSecond <= 0) {
            return;
        }
        long dueNanos = startedNanos + (long) (progress.done() / maxEventsPerSecond * 1e9);
        long aheadMillis = (dueNanos - System.nanoTime()) / 1_000_000;
        if (aheadMillis > 0) {
            try {
                Thread.sleep(aheadMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Rebuild interrupted", e);
            }
        }
    }

    /** The case's events up to the first one that cannot be read, as the live projection has them before parking. */
    private List<StoredCaseEvent> readable(CaseHistoriesInOrder.CaseRows rows, EventUpcaster upcasters,
                                           Set<String> failedCases, UUID id) {
        CaseHistoriesInOrder.Readable read = rows.readable(eventSerializer, upcasters);
        if (read.unreadable() != null) {
            failedCases.add(rows.caseId());
            log.warn("Rebuild {}: case {} has an event that cannot be read; its documents stop before it: {}", id,
                    rows.caseId(), read.unreadable().toString());
        }
        return read.events();
    }

    /** The cases refused by the oldest bulk request in flight, once it is done (none when none is). */
    private static Set<String> awaitBulk(List<Future<Set<String>>> inFlight) {
        if (inFlight.isEmpty()) {
            return Set.of();
        }
        try {
            return inFlight.removeFirst().get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Rebuild interrupted", e);
        }
    }

    private Set<String> flush(List<IndexDocument> documents, Map<String, List<IndexTarget>> into) {
        Map<String, String> refused = writer.write(documents, into);
        refused.forEach((caseId, reason) -> log.warn("Rebuild: case {} refused by the index: {}", caseId, reason));
        return refused.keySet();
    }

    private void finish(UUID id, String state, String failure) {
        jdbc.sql("update search_rebuild set status = :state, finished_at = current_timestamp, "
                        + "heartbeat_at = current_timestamp, failure = :failure where rebuild_id = :id")
                .param("state", state)
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
     * bulk write. A heartbeat that finds the previous one too old marks the rebuild as lapsed.
     */
    private final class Progress implements AutoCloseable {
        private static final Duration MARGIN = Duration.ofSeconds(5);
        private final UUID id;
        private final AtomicLong done = new AtomicLong();
        private final AtomicInteger failed = new AtomicInteger();
        private volatile boolean lapsed;
        private final ScheduledFuture<?> beat;

        Progress(UUID id) {
            this.id = id;
            long every = RebuildHeartbeat.EVERY.toMillis();
            this.beat = heartbeats.scheduleAtFixedRate(this::report, every, every, TimeUnit.MILLISECONDS);
        }

        void add(long events) {
            done.addAndGet(events);
        }

        long done() {
            return done.get();
        }

        void failed(int cases) {
            failed.set(cases);
        }

        boolean lapsed() {
            return lapsed;
        }

        void report() {
            try {
                ownTransaction.executeWithoutResult(status -> {
                    boolean late = jdbc.sql("select heartbeat_at, current_timestamp as db_now from search_rebuild where rebuild_id = :id")
                            .param("id", id)
                            .query((row, n) -> row.getTimestamp("heartbeat_at").toInstant()
                                    .isBefore(row.getTimestamp("db_now").toInstant().minus(RebuildHeartbeat.STALE_AFTER.minus(MARGIN))))
                            .single();
                    if (late) {
                        lapsed = true;
                    }
                    jdbc.sql("update search_rebuild set events_done = :done, cases_failed = :failed, "
                                    + "heartbeat_at = current_timestamp where rebuild_id = :id and status = 'RUNNING'")
                            .param("done", done.get()).param("failed", failed.get()).param("id", id).update();
                });
            } catch (RuntimeException e) {
                log.warn("Rebuild {}: cannot record progress: {}", id, e.toString());
            }
        }

        @Override
        public void close() {
            beat.cancel(false);
        }
    }
}

package org.homeward.search.rebuild;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * One rebuild's pass, registered by {@link ProjectionRebuilds}: every case's history up to the rebuild's position is
 * read in order, folded and bulk-written into the new indices, which then take over the aliases. A case that cannot
 * be read, folded or indexed is left out and named in the outcome; any other failure leaves the current indices
 * serving and deletes the new ones.
 */
final class RebuildRun {

    /** Logs as the rebuilds do, under one name for operators. */
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
    private final TransactionTemplate ownTransaction;
    private final ScheduledExecutorService heartbeats;
    /** The rebuild's state as the table has it now (another node may have marked it abandoned). */
    private final Function<UUID, RebuildStatus.State> state;
    /** 0 for as fast as it goes; a limit leaves the cores to live traffic while a rebuild runs in working hours. */
    private final double maxEventsPerSecond;

    RebuildRun(SearchIndexes indexes, IndexTargets targets, SearchWriter writer, CaseProjection projection,
               ElasticsearchClient client, JdbcClient jdbc, CaseHistoriesInOrder histories, Serializer eventSerializer,
               org.axonframework.config.Configuration axon, TransactionTemplate ownTransaction,
               ScheduledExecutorService heartbeats, Function<UUID, RebuildStatus.State> state,
               double maxEventsPerSecond) {
        this.indexes = indexes;
        this.targets = targets;
        this.writer = writer;
        this.projection = projection;
        this.client = client;
        this.jdbc = jdbc;
        this.histories = histories;
        this.eventSerializer = eventSerializer;
        this.axon = axon;
        this.ownTransaction = ownTransaction;
        this.heartbeats = heartbeats;
        this.state = state;
        this.maxEventsPerSecond = maxEventsPerSecond;
    }

    /** Reads, folds and writes every case up to the position, then swaps the aliases unless the heartbeat lapsed. */
    void run(UUID id, Map<String, String> newIndices, long upTo) {
        boolean swapped = false;
        long started = System.nanoTime();
        try (RebuildProgress progress = new RebuildProgress(id, heartbeats, jdbc, ownTransaction)) {
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
            if (progress.lapsed() || state.apply(id) != RebuildStatus.State.RUNNING) {
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
    private void pace(RebuildProgress progress, long startedNanos) {
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
    void pauseRefresh(Collection<String> indices, boolean pause) {
        try {
            client.indices().putSettings(request -> request.index(List.copyOf(indices))
                    .settings(settings -> settings.refreshInterval(time -> time.time(pause ? "-1" : "1s"))));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot change the refresh interval of " + indices, e);
        }
    }
}

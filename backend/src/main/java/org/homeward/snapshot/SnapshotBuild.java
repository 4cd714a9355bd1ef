package org.homeward.snapshot;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.homeward.casefile.CaseOpened;
import org.homeward.search.SearchFamily;
import org.homeward.search.SearchIndexes;
import org.homeward.search.projection.CaseDocumentWrites;
import org.homeward.search.projection.CaseProjection;
import org.homeward.search.projection.IndexDocument;
import org.homeward.search.projection.IndexTarget;
import org.homeward.search.projection.SearchWriter;
import org.homeward.search.projection.StoredCaseEvent;
import org.homeward.search.rebuild.CaseHistoriesInOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The builds of snapshots, one at a time on a thread of their own: every case of the event store up to the snapshot's
 * position, of each the events recorded before its cut-off, folded by the search projection and written into the
 * snapshot's indices, which are then frozen. Progress goes to the snapshot's row every couple of seconds.
 */
final class SnapshotBuild {

    private static final Logger log = LoggerFactory.getLogger(SnapshotBuild.class);
    private static final int BULK_DOCUMENTS = 3_000;
    private static final Duration REPORT_EVERY = Duration.ofSeconds(2);

    private final SearchIndexes indexes;
    private final SearchWriter writer;
    private final CaseProjection projection;
    private final CaseHistoriesInOrder histories;
    private final Serializer eventSerializer;
    private final org.axonframework.config.Configuration axon;
    private final SnapshotRows table;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "portfolio-snapshot");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService reports = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "portfolio-snapshot-progress");
        thread.setDaemon(true);
        return thread;
    });

    SnapshotBuild(SearchIndexes indexes, SearchWriter writer, CaseProjection projection, CaseHistoriesInOrder histories,
                  Serializer eventSerializer, org.axonframework.config.Configuration axon, SnapshotRows table) {
        this.indexes = indexes;
        this.writer = writer;
        this.projection = projection;
        this.histories = histories;
        this.eventSerializer = eventSerializer;
        this.axon = axon;
        this.table = table;
    }

    /** Queues the build of the snapshot whose row says BUILDING; returns at once. */
    void start(UUID id, Map<String, String> indices, long upTo, Instant cutOff) {
        builder.submit(() -> run(id, indices, upTo, cutOff));
    }

    void stop() {
        builder.shutdownNow();
        reports.shutdownNow();
    }

    private void run(UUID id, Map<String, String> indices, long upTo, Instant cutOff) {
        try (Progress progress = new Progress(id)) {
            SearchFamily.ALL.forEach(family -> indexes.createIndex(family, indices.get(family)));
            Map<String, List<IndexTarget>> into = new LinkedHashMap<>();
            indices.forEach((family, index) -> into.put(family, List.of(new IndexTarget(family, index, null))));
            EventUpcaster upcasters = axon.upcasterChain();
            List<IndexDocument> pending = new ArrayList<>();
            histories.forEachCase(upTo, rows -> {
                CaseHistoriesInOrder.Readable read = rows.readable(eventSerializer, upcasters);
                List<StoredCaseEvent> known = read.events().stream()
                        .filter(event -> event.recordedAt().isBefore(cutOff)).toList();
                if (read.unreadable() != null) {
                    progress.failed(rows.caseId(), read.unreadable());
                }
                if (!known.isEmpty() && known.getFirst().event() instanceof CaseOpened) {
                    try {
                        pending.addAll(CaseDocumentWrites.all(projection.project(known), known.getLast().sequence()));
                        progress.included(known.size());
                    } catch (RuntimeException poison) {
                        progress.failed(rows.caseId(), poison);
                    }
                }
                progress.read(rows.rows().size());
                if (pending.size() >= BULK_DOCUMENTS) {
                    flush(pending, into, progress);
                }
            });
            flush(pending, into, progress);
            indexes.refresh(indices.values());
            indexes.freeze(indices.values());
            progress.report();
            table.finish(id, "READY", progress.failure());
            log.info("Snapshot {} ready: {} cases, {} events included", id, progress.cases.get(), progress.included.get());
        } catch (RuntimeException e) {
            log.error("Snapshot {} failed", id, e);
            table.finish(id, "FAILED", e.toString());
            indices.values().forEach(indexes::deleteIndex);
        }
    }

    private void flush(List<IndexDocument> pending, Map<String, List<IndexTarget>> into, Progress progress) {
        writer.write(pending, into).forEach((caseId, reason) -> progress.failed(caseId, new IllegalStateException(reason)));
        pending.clear();
    }

    /** Counts done and writes them to the snapshot's row every couple of seconds, from a timer of its own. */
    private final class Progress implements AutoCloseable {
        private final UUID id;
        private final AtomicLong read = new AtomicLong();
        private final AtomicLong included = new AtomicLong();
        private final AtomicLong cases = new AtomicLong();
        private final AtomicInteger failed = new AtomicInteger();
        private final List<String> failedCases = java.util.Collections.synchronizedList(new ArrayList<>());
        private final ScheduledFuture<?> timer;

        Progress(UUID id) {
            this.id = id;
            long every = REPORT_EVERY.toMillis();
            this.timer = reports.scheduleAtFixedRate(this::report, every, every, TimeUnit.MILLISECONDS);
        }

        void read(long events) {
            read.addAndGet(events);
        }

        void included(long events) {
            included.addAndGet(events);
            cases.incrementAndGet();
        }

        void failed(String caseId, RuntimeException why) {
            if (!failedCases.contains(caseId)) {
                failedCases.add(caseId);
                failed.incrementAndGet();
                log.warn("Snapshot {}: case {} could not be replayed completely: {}", id, caseId, why.toString());
            }
        }

        /** What the finished snapshot lacks, in words; null when it lacks nothing. */
        String failure() {
            return failedCases.isEmpty() ? null : failedCases.size() + " case(s) could not be replayed completely: "
                    + String.join(", ", failedCases.stream().limit(20).toList());
        }

        void report() {
            try {
                table.progress(id, read.get(), included.get(), cases.get(), failed.get());
            } catch (RuntimeException e) {
                log.warn("Snapshot {}: cannot record progress: {}", id, e.toString());
            }
        }

        @Override
        public void close() {
            timer.cancel(false);
        }
    }
}

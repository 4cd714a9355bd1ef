package org.homeward.snapshot;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.homeward.casefile.CaseOpened;
import org.homeward.casefile.assessment.ScoringSchemes;
import org.homeward.search.SearchFamily;
import org.homeward.search.SearchIndexes;
import org.homeward.search.projection.CaseDocumentWrites;
import org.homeward.search.projection.CaseProjection;
import org.homeward.search.projection.IndexDocument;
import org.homeward.search.projection.IndexTarget;
import org.homeward.search.projection.SearchWriter;
import org.homeward.search.projection.StoredCaseEvent;
import org.homeward.search.rebuild.CaseHistoriesInOrder;
import org.homeward.security.HomewardUser;
import org.homeward.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

/**
 * Builds, lists and deletes portfolio snapshots. A build reads every case of the event store up to the newest event
 * stored when it began, keeps of each case the events recorded by the end of the snapshot's date, folds them with the
 * search projection's own fold (so a snapshot holds exactly what the live indices held that evening, and no personal
 * details) and writes the documents into new indices, which are then frozen. Builds run one at a time per node, in
 * the background, reporting progress to their row.
 */
@Service
public class PortfolioSnapshots {

    private static final Logger log = LoggerFactory.getLogger(PortfolioSnapshots.class);
    static final int MAX_NAME = 100;
    private static final int BULK_DOCUMENTS = 3_000;
    private static final Duration REPORT_EVERY = Duration.ofSeconds(2);
    /** A build whose row has not heard from it for this long was interrupted (its node stopped). */
    static final Duration STALE_AFTER = Duration.ofSeconds(30);

    private final SearchIndexes indexes;
    private final SearchWriter writer;
    private final CaseProjection projection;
    private final ScoringSchemes schemes;
    private final JdbcClient jdbc;
    private final CaseHistoriesInOrder histories;
    private final Serializer eventSerializer;
    private final org.axonframework.config.Configuration axon;
    private final Clock clock;
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

    public PortfolioSnapshots(SearchIndexes indexes, SearchWriter writer, CaseProjection projection,
                              ScoringSchemes schemes, JdbcClient jdbc, JdbcTemplate jdbcTemplate,
                              PlatformTransactionManager transactions,
                              @Qualifier("eventSerializer") Serializer eventSerializer,
                              org.axonframework.config.Configuration axon, Clock clock,
                              @Value("${homeward.search.rebuild.cases-per-page:500}") int casesPerPage) {
        this.indexes = indexes;
        this.writer = writer;
        this.projection = projection;
        this.schemes = schemes;
        this.jdbc = jdbc;
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        this.histories = new CaseHistoriesInOrder(jdbcTemplate, readOnly, casesPerPage);
        this.eventSerializer = eventSerializer;
        this.axon = axon;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        builder.shutdownNow();
        reports.shutdownNow();
    }

    /**
     * Starts building a snapshot of the portfolio as known on the date and returns at once with its first status.
     *
     * @throws SnapshotRefused naming the field at fault: no name, a name taken, no date or a date to come
     */
    public PortfolioSnapshot build(String name, LocalDate asKnownOn, HomewardUser builtBy) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new SnapshotRefused(SnapshotRefused.Reason.NAME_MISSING);
        }
        if (trimmed.length() > MAX_NAME) {
            throw new SnapshotRefused(SnapshotRefused.Reason.NAME_TOO_LONG);
        }
        if (asKnownOn == null) {
            throw new SnapshotRefused(SnapshotRefused.Reason.DATE_MISSING);
        }
        if (asKnownOn.isAfter(LocalDate.now(clock))) {
            throw new SnapshotRefused(SnapshotRefused.Reason.DATE_TO_COME);
        }
        if (nameTaken(trimmed)) {
            throw new SnapshotRefused(SnapshotRefused.Reason.NAME_TAKEN);
        }
        UUID id = UUID.randomUUID();
        long upTo = jdbc.sql("select coalesce(max(global_index), -1) from domain_event_entry").query(Long.class).single();
        long total = jdbc.sql("select count(*) from domain_event_entry where global_index <= :upTo")
                .param("upTo", upTo).query(Long.class).single();
        Map<String, String> indices = new LinkedHashMap<>();
        SearchFamily.ALL.forEach(family -> indices.put(family, indexes.prefix() + "snapshot-" + id + "-" + family));
        try {
            jdbc.sql("""
                    insert into portfolio_snapshot (snapshot_id, name, name_key, as_known_on, up_to_position, status, indices,
                                                    scored_with, built_by, started_at, heartbeat_at, events_total)
                    values (:id, :name, :nameKey, :asKnownOn, :upTo, 'BUILDING', :indices, :scoredWith, :by, :now,
                            current_timestamp, :total)""")
                    .param("id", id).param("name", trimmed).param("nameKey", nameKey(trimmed)).param("asKnownOn", asKnownOn).param("upTo", upTo)
                    .param("indices", indices.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                            .collect(Collectors.joining(",")))
                    .param("scoredWith", schemes.newest().id()).param("by", builtBy.username())
                    .param("now", Timestamp.from(clock.instant())).param("total", total).update();
        } catch (DuplicateKeyException taken) {
            throw new SnapshotRefused(SnapshotRefused.Reason.NAME_TAKEN);
        }
        log.info("Snapshot {} ({}) as known on {}: {} events up to position {}, started by {}", id, trimmed, asKnownOn,
                total, upTo, builtBy.username());
        builder.submit(() -> run(id, indices, upTo, PortfolioSnapshot.cutOff(asKnownOn)));
        return find(id).orElseThrow();
    }

    private boolean nameTaken(String name) {
        return jdbc.sql("select count(*) from portfolio_snapshot where name_key = :key")
                .param("key", nameKey(name)).query(Long.class).single() > 0;
    }

    private static String nameKey(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    /** Every snapshot, newest first. */
    public List<PortfolioSnapshot> list() {
        return jdbc.sql("select portfolio_snapshot.*, current_timestamp as db_now from portfolio_snapshot order by started_at desc")
                .query((row, n) -> read(row)).list();
    }

    public Optional<PortfolioSnapshot> find(UUID id) {
        return jdbc.sql("select portfolio_snapshot.*, current_timestamp as db_now from portfolio_snapshot where snapshot_id = :id")
                .param("id", id).query((row, n) -> read(row)).optional();
    }

    /** The snapshot, if it exists and is ready to be read. */
    public Optional<PortfolioSnapshot> ready(UUID id) {
        return find(id).filter(PortfolioSnapshot::ready);
    }

    /**
     * Deletes the snapshot and its indices. Only its builder or an administrator may; a build still running is
     * left to finish first.
     */
    public void delete(PortfolioSnapshot snapshot, HomewardUser by) {
        if (!by.username().equals(snapshot.builtBy()) && !by.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only " + snapshot.builtBy() + ", who built it, or an administrator may delete this snapshot");
        }
        if (snapshot.state() == PortfolioSnapshot.State.BUILDING) {
            throw new SnapshotStillBuilding(snapshot.id());
        }
        snapshot.indices().values().forEach(indexes::deleteIndex);
        jdbc.sql("delete from portfolio_snapshot where snapshot_id = :id").param("id", snapshot.id()).update();
        log.info("Snapshot {} ({}) deleted by {}", snapshot.id(), snapshot.name(), by.username());
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
            finish(id, "READY", progress.failure());
            log.info("Snapshot {} ready: {} cases, {} events included", id, progress.cases.get(), progress.included.get());
        } catch (RuntimeException e) {
            log.error("Snapshot {} failed", id, e);
            finish(id, "FAILED", e.toString());
            indices.values().forEach(indexes::deleteIndex);
        }
    }

    private void flush(List<IndexDocument> pending, Map<String, List<IndexTarget>> into, Progress progress) {
        writer.write(pending, into).forEach((caseId, reason) -> progress.failed(caseId, new IllegalStateException(reason)));
        pending.clear();
    }

    private void finish(UUID id, String state, String failure) {
        jdbc.sql("update portfolio_snapshot set status = :state, finished_at = :now, heartbeat_at = current_timestamp, "
                        + "failure = :failure where snapshot_id = :id")
                .param("state", state).param("now", Timestamp.from(clock.instant()))
                .param("failure", failure == null ? null : failure.substring(0, Math.min(2000, failure.length())))
                .param("id", id).update();
    }

    private static PortfolioSnapshot read(ResultSet row) throws SQLException {
        PortfolioSnapshot.State state = PortfolioSnapshot.State.valueOf(row.getString("status"));
        Instant dbNow = row.getTimestamp("db_now").toInstant();
        if (state == PortfolioSnapshot.State.BUILDING
                && row.getTimestamp("heartbeat_at").toInstant().isBefore(dbNow.minus(STALE_AFTER))) {
            state = PortfolioSnapshot.State.INTERRUPTED;
        }
        Map<String, String> indices = new LinkedHashMap<>();
        for (String pair : row.getString("indices").split(",")) {
            String[] familyAndIndex = pair.split("=", 2);
            indices.put(familyAndIndex[0], familyAndIndex[1]);
        }
        Timestamp finished = row.getTimestamp("finished_at");
        return new PortfolioSnapshot(row.getObject("snapshot_id", UUID.class), row.getString("name"),
                row.getObject("as_known_on", LocalDate.class), row.getLong("up_to_position"), state, indices,
                row.getString("scored_with"), row.getString("built_by"), row.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), row.getLong("events_total"), row.getLong("events_read"),
                row.getLong("events_included"), row.getLong("cases"), row.getInt("cases_failed"),
                row.getString("failure"));
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
                jdbc.sql("""
                        update portfolio_snapshot set events_read = :read, events_included = :included, cases = :cases,
                               cases_failed = :failed, heartbeat_at = current_timestamp
                         where snapshot_id = :id""")
                        .param("read", read.get()).param("included", included.get()).param("cases", cases.get())
                        .param("failed", failed.get()).param("id", id).update();
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

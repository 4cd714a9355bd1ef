package org.homeward.search.rebuild;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.homeward.search.projection.IndexTargets.RebuildHeartbeat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts done and tells the table every couple of seconds from a timer of its own: that is also the heartbeat by
 * which every node knows the rebuild is alive and keeps writing into its indices, so it must not wait on a slow
 * bulk write. A heartbeat that finds the previous one too old marks the rebuild as lapsed.
 */
final class RebuildProgress implements AutoCloseable {
    /** Logs as the rebuilds do, under one name for operators. */
    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final Duration MARGIN = Duration.ofSeconds(5);
    private final UUID id;
    private final AtomicLong done = new AtomicLong();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile boolean lapsed;
    private final ScheduledFuture<?> beat;
    private final JdbcClient jdbc;
    /** Progress is written while the rebuild's read-only streaming transaction is open, so in one of its own. */
    private final TransactionTemplate ownTransaction;

    RebuildProgress(UUID id, ScheduledExecutorService heartbeats, JdbcClient jdbc, TransactionTemplate ownTransaction) {
        this.id = id;
        this.jdbc = jdbc;
        this.ownTransaction = ownTransaction;
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

package org.homeward.search.rebuild;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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
import java.util.concurrent.ScheduledExecutorService;

import org.axonframework.serialization.Serializer;
import org.homeward.search.SearchFamily;
import org.homeward.search.SearchIndexes;
import org.homeward.search.projection.CaseProjection;
import org.homeward.search.projection.IndexTargets;
import org.homeward.search.projection.IndexTargets.RebuildHeartbeat;
import org.homeward.search.projection.SearchWriter;
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
 * reaching its indices. The pass itself is a {@link RebuildRun}'s.
 */
@Service
public class ProjectionRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    private final SearchIndexes indexes;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final RebuildRun pass;
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
        this.jdbc = jdbc;
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        CaseHistoriesInOrder histories = new CaseHistoriesInOrder(jdbcTemplate, readOnly, casesPerPage);
        this.transaction = new TransactionTemplate(transactions);
        // Progress is written while the read-only streaming transaction is open, so in a transaction of its own.
        TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.pass = new RebuildRun(indexes, targets, writer, projection, client, jdbc, histories, eventSerializer, axon,
                ownTransaction, heartbeats, id -> status(id).map(RebuildStatus::state).orElse(null),
                maxEventsPerSecond);
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
        runner.submit(() -> pass.run(started.id(), started.indices(), upTo));
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
        pass.pauseRefresh(newIndices.values(), true);
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
}

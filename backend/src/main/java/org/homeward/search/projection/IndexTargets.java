package org.homeward.search.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.homeward.search.IndexMapping;
import org.homeward.search.SearchIndexes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where the live projection writes, read afresh for every batch so that every node agrees: the index each alias
 * points at, and the new indices of a rebuild in progress (from the {@code search_rebuild} table).
 */
@Component
public class IndexTargets {

    private final SearchIndexes indexes;
    private final JdbcClient jdbc;

    public IndexTargets(SearchIndexes indexes, JdbcClient jdbc) {
        this.indexes = indexes;
        this.jdbc = jdbc;
    }

    /**
     * The indices a live write goes to now. The rebuilds are read before the aliases, and a rebuild that completed
     * moments ago still counts: a write that saw the aliases just before a swap then also reaches the new indices.
     * Staleness is judged by the database's clock, the one heartbeats are written with.
     */
    public Map<String, List<IndexTarget>> live() {
        List<String> names = new ArrayList<>();
        jdbc.sql("""
                select target_indices, status, heartbeat_at, finished_at, current_timestamp as db_now
                  from search_rebuild
                 where status = 'RUNNING' or status = 'COMPLETED'
                 order by started_at desc limit 5""")
                .query((row, n) -> {
                    java.time.Instant now = row.getTimestamp("db_now").toInstant();
                    boolean fresh = "RUNNING".equals(row.getString("status"))
                            ? row.getTimestamp("heartbeat_at").toInstant().isAfter(now.minus(RebuildHeartbeat.STALE_AFTER))
                            : row.getTimestamp("finished_at") != null
                            && row.getTimestamp("finished_at").toInstant().isAfter(now.minus(RebuildHeartbeat.STALE_AFTER));
                    return fresh ? row.getString("target_indices") : null;
                })
                .list().stream().filter(java.util.Objects::nonNull)
                .forEach(targets -> names.addAll(List.of(targets.split(","))));
        indexes.currentIndices().values().stream().filter(index -> !names.contains(index)).forEach(names::add);
        return of(names);
    }

    /** Targets for these concrete indices, each limited to the fields of its mapping version when it is older. */
    public Map<String, List<IndexTarget>> of(Collection<String> indices) {
        Map<String, List<IndexTarget>> targets = new LinkedHashMap<>();
        for (String index : indices) {
            indexes.mappingOf(index).ifPresent(mapping -> targets.computeIfAbsent(mapping.family(), family -> new ArrayList<>())
                    .add(new IndexTarget(mapping.family(), index, isNewest(mapping) ? null : mapping.fields())));
        }
        return targets;
    }

    private boolean isNewest(IndexMapping mapping) {
        return indexes.newestMapping(mapping.family()).version() == mapping.version();
    }

    /** How often a running rebuild reports, and after how long without a report it counts as abandoned. */
    public static final class RebuildHeartbeat {
        public static final java.time.Duration EVERY = java.time.Duration.ofSeconds(2);
        public static final java.time.Duration STALE_AFTER = java.time.Duration.ofSeconds(30);

        private RebuildHeartbeat() {
        }
    }
}

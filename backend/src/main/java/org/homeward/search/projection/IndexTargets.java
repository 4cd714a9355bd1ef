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

    /** A rebuild whose node has not reported for this long is treated as abandoned. */
    public static final String LIVE_REBUILD = "status = 'RUNNING' and heartbeat_at > :stale";

    private final SearchIndexes indexes;
    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    public IndexTargets(SearchIndexes indexes, JdbcClient jdbc, java.time.Clock clock) {
        this.indexes = indexes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Map<String, List<IndexTarget>> live() {
        List<String> names = new ArrayList<>(indexes.currentIndices().values());
        jdbc.sql("select target_indices from search_rebuild where " + LIVE_REBUILD)
                .param("stale", java.sql.Timestamp.from(clock.instant().minus(RebuildHeartbeat.STALE_AFTER)))
                .query(String.class).list()
                .forEach(targets -> names.addAll(List.of(targets.split(","))));
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

package org.homeward.search.rebuild;

import java.util.Set;
import java.util.TreeSet;

import org.homeward.search.SearchIndexes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Rolls out what start-up found: a family whose alias points at an older mapping version than
 * {@code search-mappings/} holds, or whose index had to be created while events were already stored, is rebuilt
 * from the event store (the old index, if any, serves until the swap).
 */
@Component
class RebuildOnStart {

    private static final Logger log = LoggerFactory.getLogger(RebuildOnStart.class);

    private final SearchIndexes indexes;
    private final ProjectionRebuilds rebuilds;
    private final JdbcClient jdbc;

    RebuildOnStart(SearchIndexes indexes, ProjectionRebuilds rebuilds, JdbcClient jdbc) {
        this.indexes = indexes;
        this.rebuilds = rebuilds;
        this.jdbc = jdbc;
    }

    private final java.util.concurrent.ScheduledExecutorService later =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "search-rebuild-check");
                thread.setDaemon(true);
                return thread;
            });

    @jakarta.annotation.PreDestroy
    void stop() {
        later.shutdownNow();
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildWhatIsMissingOrOutdated() {
        Set<String> families = new TreeSet<>(indexes.outdated());
        boolean eventsStored = jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single() > 0;
        if (eventsStored) {
            families.addAll(indexes.createdAtStartup());
        }
        if (families.isEmpty()) {
            return;
        }
        try {
            RebuildStatus started = rebuilds.start(families, "system (start-up)");
            log.info("Search indices {} are missing or outdated: rebuild {} started", families, started.rebuildId());
        } catch (RebuildAlreadyRunning running) {
            // Another node may be rebuilding, or a node that stopped mid-way left its rebuild looking alive until
            // its heartbeat goes stale: look again once it would have.
            log.info("Search indices {} are missing or outdated; rebuild {} is already running, checking again later",
                    families, running.running());
            later.schedule(this::rebuildWhatIsMissingOrOutdated,
                    org.homeward.search.projection.IndexTargets.RebuildHeartbeat.STALE_AFTER.toSeconds() + 5,
                    java.util.concurrent.TimeUnit.SECONDS);
        }
    }
}

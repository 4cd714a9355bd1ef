package org.homeward.benchmark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * Projection lag as a reader sees it: from the moment a command is acknowledged to the moment a search finds its
 * event's document (so the index's refresh interval counts). A poller asks the index for all events still awaited,
 * every {@value #POLL_MILLIS} ms, with one {@code ids} query.
 */
final class ProjectionLagProbe implements AutoCloseable {

    static final int POLL_MILLIS = 20;

    private final ElasticsearchClient client;
    private final String caseEvents;
    private final Map<String, Long> awaited = new ConcurrentHashMap<>();
    private final List<Double> lags = new ArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;
    private volatile Exception failure;

    ProjectionLagProbe(ElasticsearchClient client, String caseEventsAlias) {
        this.client = client;
        this.caseEvents = caseEventsAlias;
        this.poller = Thread.ofPlatform().name("benchmark-lag-probe").daemon().start(this::poll);
    }

    void recorded(String eventId, long acknowledgedAtNanos) {
        awaited.put(eventId, acknowledgedAtNanos);
    }

    private void poll() {
        while (running) {
            try {
                Thread.sleep(POLL_MILLIS);
                List<String> ids = awaited.keySet().stream().limit(5_000).toList();
                if (ids.isEmpty()) {
                    continue;
                }
                var found = client.search(search -> search.index(caseEvents).size(ids.size()).trackTotalHits(t -> t.enabled(false))
                        .source(source -> source.fetch(false)).query(query -> query.ids(i -> i.values(ids))), Void.class);
                long now = System.nanoTime();
                synchronized (lags) {
                    for (Hit<Void> hit : found.hits().hits()) {
                        Long acknowledged = awaited.remove(hit.id());
                        if (acknowledged != null) {
                            lags.add((now - acknowledged) / 1e6);
                        }
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                failure = e;
            }
        }
    }

    /** Waits until every acknowledged event was found, or the time is up; returns how many are still missing. */
    int awaitAll(long timeoutMillis) throws InterruptedException {
        long until = System.currentTimeMillis() + timeoutMillis;
        while (!awaited.isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        return awaited.size();
    }

    List<Double> lagsMillis() {
        synchronized (lags) {
            return List.copyOf(lags);
        }
    }

    Exception failure() {
        return failure;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.interrupt();
        poller.join();
    }
}

package org.homeward.search;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;

/** Waits at start-up, before {@link SearchIndexes} sets up the aliases, for the cluster to answer at least yellow. */
final class ClusterReady {

    /** Logs as the indices do, under one name for operators. */
    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);

    private ClusterReady() {
    }

    static void await(ElasticsearchClient client, SearchEndpoint endpoint, SearchProperties properties) {
        Instant deadline = Instant.now().plus(properties.startupTimeout());
        while (true) {
            try {
                client.cluster().health(request -> request.waitForStatus(HealthStatus.Yellow)
                        .timeout(time -> time.time("5s")));
                return;
            } catch (IOException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Elasticsearch at " + endpoint.uris() + " did not answer within "
                            + properties.startupTimeout(), e);
                }
                log.info("Waiting for Elasticsearch at {}: {}", endpoint.uris(), e.getMessage());
                pause(Duration.ofSeconds(2));
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

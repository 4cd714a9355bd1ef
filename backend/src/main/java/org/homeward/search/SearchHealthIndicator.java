package org.homeward.search;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;

/**
 * {@code /actuator/health} includes Elasticsearch (Spring Boot 4.1.1 ships no Elasticsearch health contributor):
 * a red or unreachable cluster means search and lists are down.
 */
@Component("elasticsearch")
class SearchHealthIndicator extends AbstractHealthIndicator {

    private final ElasticsearchClient client;

    SearchHealthIndicator(ElasticsearchClient client) {
        super("Elasticsearch health check failed");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        HealthResponse health = client.cluster().health();
        (health.status() == HealthStatus.Red ? builder.down() : builder.up())
                .withDetail("cluster", health.clusterName())
                .withDetail("status", health.status().jsonValue())
                .withDetail("nodes", health.numberOfNodes());
    }
}

package org.homeward.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Where a Docker engine answers and the environment names no service, the tests get PostgreSQL and Elasticsearch
 * from Testcontainers. Elsewhere (such as these machines) nothing here is created: no skipped tests.
 */
@TestConfiguration(proxyBeanMethods = false)
class DockerServices {

    @Bean
    @ServiceConnection
    @Conditional(DockerForPostgres.class)
    PostgreSQLContainer postgres() {
        return new PostgreSQLContainer("postgres:17-alpine");
    }

    @Bean
    @Conditional(DockerForElasticsearch.class)
    ElasticsearchContainer elasticsearchContainer() {
        return new ElasticsearchContainer("docker.elastic.co/elasticsearch/elasticsearch:9.5.3")
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
    }

    /** Spring Boot 4.1.1 has no Elasticsearch service connection, so the address is handed over as a property. */
    @Bean
    @Conditional(DockerForElasticsearch.class)
    DynamicPropertyRegistrar elasticsearchAddress(ElasticsearchContainer elasticsearch) {
        return registry -> registry.add("spring.elasticsearch.uris", () -> "http://" + elasticsearch.getHttpHostAddress());
    }

    static class DockerForPostgres implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return System.getenv("SPRING_DATASOURCE_URL") == null && TestServices.dockerAvailable();
        }
    }

    static class DockerForElasticsearch implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return System.getenv("SPRING_ELASTICSEARCH_URIS") == null && TestServices.dockerAvailable();
        }
    }
}

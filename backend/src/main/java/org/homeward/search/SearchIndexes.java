package org.homeward.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * Creates, at start-up and before any projector runs, each index described in {@code search-mappings/} (newest
 * version of each family, such as {@code cases-v1.json}) and points the family's alias at it when the alias does
 * not exist yet. Projectors write to and queries read from the alias only.
 */
@Component
public class SearchIndexes implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);
    private static final Pattern MAPPING_FILE = Pattern.compile("([a-z][a-z0-9-]*)-v(\\d+)\\.json");

    private final ElasticsearchClient client;
    private final SearchEndpoint endpoint;
    private final SearchProperties properties;

    public SearchIndexes(ElasticsearchClient client, SearchEndpoint endpoint, SearchProperties properties) {
        this.client = client;
        this.endpoint = endpoint;
        this.properties = properties;
    }

    /** The alias that reads and writes the family, such as {@code cases}. */
    public String alias(String family) {
        return properties.indexPrefix() + family;
    }

    @Override
    public void afterSingletonsInstantiated() {
        endpoint.awaitEmbeddedNode();
        awaitCluster();
        newestMappings().forEach((family, mapping) -> ensureIndex(family, mapping));
    }

    private void ensureIndex(String family, Mapping mapping) {
        String index = alias(family) + "-v" + mapping.version();
        try {
            if (!client.indices().exists(request -> request.index(index)).value()) {
                try (InputStream json = mapping.resource().getInputStream()) {
                    client.indices().create(request -> request.index(index).withJson(json));
                }
                log.info("Created index {} from {}", index, mapping.resource().getFilename());
            }
            if (!client.indices().existsAlias(request -> request.name(alias(family))).value()) {
                client.indices().updateAliases(request -> request.actions(action -> action.add(add -> add
                        .index(index).alias(alias(family)).isWriteIndex(true))));
                log.info("Alias {} now points at {}", alias(family), index);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot set up index " + index, e);
        }
    }

    private void awaitCluster() {
        Instant deadline = Instant.now().plus(properties.startupTimeout());
        while (true) {
            try {
                client.cluster().health(request -> request.waitForStatus(co.elastic.clients.elasticsearch._types.HealthStatus.Yellow)
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

    static Map<String, Mapping> newestMappings() {
        try {
            Map<String, Mapping> newest = new TreeMap<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:search-mappings/*.json")) {
                parse(resource).ifPresent(mapping -> newest.merge(mapping.family(), mapping,
                        (a, b) -> Comparator.comparingInt(Mapping::version).compare(a, b) >= 0 ? a : b));
            }
            return newest;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read search-mappings/", e);
        }
    }

    private static Optional<Mapping> parse(Resource resource) {
        Matcher name = MAPPING_FILE.matcher(Objects.requireNonNull(resource.getFilename()));
        return name.matches()
                ? Optional.of(new Mapping(name.group(1), Integer.parseInt(name.group(2)), resource))
                : Optional.empty();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Mapping(String family, int version, Resource resource) {
    }
}

package org.homeward.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.indices.get_alias.IndexAliases;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indices of {@code search-mappings/}: one alias per family ({@code cases}, {@code case-events},
 * {@code assessments}) pointing at one concrete index, named {@code <family>-v<version>-<created>}. At start-up,
 * before any projector runs, a missing alias gets a new index of the newest mapping version; an alias on an older
 * version keeps serving until a rebuild swaps it (see {@code ProjectionRebuilds}).
 */
@Component
public class SearchIndexes implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);
    private static final Pattern MAPPING_FILE = Pattern.compile("([a-z][a-z0-9-]*)-v(\\d+)\\.json");
    private static final DateTimeFormatter GENERATION = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final ElasticsearchClient client;
    private final SearchEndpoint endpoint;
    private final SearchProperties properties;
    private final Clock clock;
    private final Map<String, Map<Integer, IndexMapping>> mappings;
    private final Set<String> createdAtStartup = new java.util.TreeSet<>();

    private final org.homeward.casefile.assessment.ScoringSchemes schemes;

    public SearchIndexes(ElasticsearchClient client, SearchEndpoint endpoint, SearchProperties properties, Clock clock,
                         org.homeward.casefile.assessment.ScoringSchemes schemes) {
        this.client = client;
        this.endpoint = endpoint;
        this.properties = properties;
        this.clock = clock;
        this.schemes = schemes;
        this.mappings = readMappings();
    }

    /** Families whose documents hold assessment scores: a new scoring scheme makes them outdated too. */
    private static final java.util.Set<String> SCORED = java.util.Set.of(SearchFamily.CASES, SearchFamily.ASSESSMENTS);
    private static final String SCORED_WITH = "scoredWith";

    /** The alias that reads and writes the family, such as {@code cases}. */
    public String alias(String family) {
        return properties.indexPrefix() + family;
    }

    public List<String> aliases(java.util.Collection<String> families) {
        return families.stream().map(this::alias).toList();
    }

    public IndexMapping newestMapping(String family) {
        return mappings.get(family).values().stream().max(Comparator.comparingInt(IndexMapping::version)).orElseThrow();
    }

    /** The mapping an index was created from, read off its name. */
    public Optional<IndexMapping> mappingOf(String index) {
        for (String family : mappings.keySet()) {
            Matcher name = Pattern.compile(Pattern.quote(alias(family)) + "-v(\\d+)(-.*)?").matcher(index);
            if (name.matches()) {
                return Optional.ofNullable(mappings.get(family).get(Integer.parseInt(name.group(1))));
            }
        }
        return Optional.empty();
    }

    @Override
    public void afterSingletonsInstantiated() {
        endpoint.awaitEmbeddedNode();
        awaitCluster();
        Map<String, String> current = currentIndices();
        for (String family : SearchFamily.ALL) {
            if (!current.containsKey(family)) {
                String index = createIndex(family);
                pointAlias(family, index);
                createdAtStartup.add(family);
            }
        }
    }

    /** Families whose alias had to be created at this start: any events already stored are missing from them. */
    public Set<String> createdAtStartup() {
        return Set.copyOf(createdAtStartup);
    }

    /** Families whose alias points at an index older than the newest mapping in {@code search-mappings/}. */
    public Set<String> outdated() {
        Set<String> outdated = new java.util.TreeSet<>();
        currentIndices().forEach((family, index) -> {
            int version = mappingOf(index).map(IndexMapping::version).orElse(0);
            if (version < newestMapping(family).version()
                    || SCORED.contains(family) && !schemes.newest().id().equals(scoredWith(index))) {
                outdated.add(family);
            }
        });
        return outdated;
    }

    /**
     * The concrete index each family's alias points at. Reads every alias of the cluster and picks ours: asking for
     * named aliases answers 404 as soon as one of them is missing, which would hide the others.
     */
    public Map<String, String> currentIndices() {
        try {
            Map<String, IndexAliases> found = client.indices().getAlias().aliases();
            Map<String, String> current = new LinkedHashMap<>();
            found.forEach((index, aliases) -> SearchFamily.ALL.stream()
                    .filter(family -> aliases.aliases().containsKey(alias(family)))
                    .forEach(family -> current.put(family, index)));
            return current;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search aliases", e);
        }
    }

    /** True when an alias points at this index: such an index is never deleted. */
    public boolean isServing(String index) {
        return currentIndices().containsValue(index);
    }

    /** The scoring scheme an index's scores were computed with, from its mapping's {@code _meta}; null if none. */
    private String scoredWith(String index) {
        try {
            var meta = client.indices().getMapping(request -> request.index(index)).get(index).mappings().meta();
            return meta == null || !meta.containsKey(SCORED_WITH) ? null : meta.get(SCORED_WITH).to(String.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the mapping of " + index, e);
        }
    }

    /**
     * A new, empty index of the family's newest mapping, named after this moment. Its {@code _meta} also records
     * the scoring scheme its scores will be computed with.
     */
    public String createIndex(String family) {
        return createIndex(family, alias(family) + "-v" + newestMapping(family).version() + "-"
                + GENERATION.format(clock.instant()));
    }

    /** A new, empty index of the family's newest mapping under a name of the caller's (a snapshot's, say). */
    public String createIndex(String family, String index) {
        IndexMapping mapping = newestMapping(family);
        try (InputStream file = mapping.resource().getInputStream()) {
            JsonMapper mapper = JsonMapper.builder().build();
            tools.jackson.databind.node.ObjectNode body = (tools.jackson.databind.node.ObjectNode) mapper.readTree(file);
            ((tools.jackson.databind.node.ObjectNode) body.path("mappings").path("_meta")).put(SCORED_WITH, schemes.newest().id());
            InputStream json = new java.io.ByteArrayInputStream(mapper.writeValueAsBytes(body));
            client.indices().create(request -> request.index(index).withJson(json));
            log.info("Created index {} from {}", index, mapping.resource().getFilename());
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create index " + index, e);
        }
    }

    private void pointAlias(String family, String index) {
        swap(Map.of(family, index));
    }

    /** Points each family's alias at its new index, all in one atomic step: readers never see a mix. */
    public void swap(Map<String, String> newIndices) {
        Map<String, String> current = currentIndices();
        List<Action> actions = new ArrayList<>();
        newIndices.forEach((family, index) -> {
            String old = current.get(family);
            if (old != null && !old.equals(index)) {
                actions.add(Action.of(action -> action.remove(remove -> remove.index(old).alias(alias(family)))));
            }
            actions.add(Action.of(action -> action.add(add -> add.index(index).alias(alias(family)).isWriteIndex(true))));
        });
        try {
            client.indices().updateAliases(request -> request.actions(actions));
            log.info("Aliases now point at {}", newIndices.values());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot swap aliases to " + newIndices, e);
        }
    }

    /** Deletes the family's indices other than the one serving and the one it replaced (kept to roll back). */
    public void deleteOlderGenerations(String family, String serving, String previous) {
        try {
            List<String> all = client.indices().get(request -> request.index(alias(family) + "-v*")
                    .ignoreUnavailable(true).allowNoIndices(true)).indices().keySet().stream().toList();
            for (String index : all) {
                if (!index.equals(serving) && !index.equals(previous) && mappingOf(index).isPresent()
                        && !isServing(index)) {
                    deleteIndex(index);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the indices of " + family, e);
        }
    }

    public void deleteIndex(String index) {
        try {
            client.indices().delete(request -> request.index(index).ignoreUnavailable(true));
            log.info("Deleted index {}", index);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete index " + index, e);
        }
    }

    /** The index prefix of this installation: every index Homeward creates starts with it. */
    public String prefix() {
        return properties.indexPrefix();
    }

    /**
     * Makes finished indices read-only and compact: merged to one segment (faster to search, nothing will be added)
     * and then blocked for writes, so that nothing, not even a stray live write, changes them any more.
     */
    public void freeze(java.util.Collection<String> indices) {
        try {
            client.indices().forcemerge(request -> request.index(List.copyOf(indices)).maxNumSegments(1L));
            client.indices().putSettings(request -> request.index(List.copyOf(indices))
                    .settings(settings -> settings.blocks(blocks -> blocks.write(true))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot freeze " + indices, e);
        }
    }

    /** Makes what was written to the families' indices visible to searches now. */
    public void refresh(java.util.Collection<String> indicesOrAliases) {
        try {
            client.indices().refresh(request -> request.index(List.copyOf(indicesOrAliases)).ignoreUnavailable(true));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot refresh " + indicesOrAliases, e);
        }
    }

    private void awaitCluster() {
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

    /** Every mapping file on the class path, by family and version. */
    static Map<String, Map<Integer, IndexMapping>> readMappings() {
        try {
            JsonMapper json = JsonMapper.builder().build();
            Map<String, Map<Integer, IndexMapping>> all = new TreeMap<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:search-mappings/*.json")) {
                Matcher name = MAPPING_FILE.matcher(Objects.requireNonNull(resource.getFilename()));
                if (!name.matches()) {
                    continue;
                }
                JsonNode properties;
                try (InputStream in = resource.getInputStream()) {
                    properties = json.readTree(in).path("mappings").path("properties");
                }
                Set<String> fields = new java.util.TreeSet<>(properties.propertyNames());
                IndexMapping mapping = new IndexMapping(name.group(1), Integer.parseInt(name.group(2)), resource, Set.copyOf(fields));
                all.computeIfAbsent(mapping.family(), family -> new HashMap<>()).put(mapping.version(), mapping);
            }
            for (String family : SearchFamily.ALL) {
                if (!all.containsKey(family)) {
                    throw new IllegalStateException("search-mappings/ has no mapping for the index family " + family);
                }
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read search-mappings/", e);
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

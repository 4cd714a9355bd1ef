package org.homeward.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The indices of {@code search-mappings/}: one alias per family ({@code cases}, {@code case-events},
 * {@code assessments}) pointing at one concrete index, named {@code <family>-v<version>-<created>}. At start-up,
 * before any projector runs, a missing alias gets a new index of the newest mapping version; an alias on an older
 * version keeps serving until a rebuild swaps it (see {@code ProjectionRebuilds}). The mapping files are read by
 * {@link SearchMappings}, the aliases by {@link SearchAliases}.
 */
@Component
public class SearchIndexes implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);
    private static final DateTimeFormatter GENERATION = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final ElasticsearchClient client;
    private final SearchEndpoint endpoint;
    private final SearchProperties properties;
    private final Clock clock;
    private final SearchMappings mappings;
    private final SearchAliases aliases;
    private final Set<String> createdAtStartup = new java.util.TreeSet<>();

    private final org.homeward.casefile.assessment.ScoringSchemes schemes;

    public SearchIndexes(ElasticsearchClient client, SearchEndpoint endpoint, SearchProperties properties, Clock clock,
                         org.homeward.casefile.assessment.ScoringSchemes schemes) {
        this.client = client;
        this.endpoint = endpoint;
        this.properties = properties;
        this.clock = clock;
        this.schemes = schemes;
        this.mappings = SearchMappings.read();
        this.aliases = new SearchAliases(client, this::alias);
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
        return mappings.newest(family);
    }

    /** The mapping an index was created from, read off its name. */
    public Optional<IndexMapping> mappingOf(String index) {
        return mappings.of(index, this::alias);
    }

    @Override
    public void afterSingletonsInstantiated() {
        endpoint.awaitEmbeddedNode();
        ClusterReady.await(client, endpoint, properties);
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
        return aliases.currentIndices();
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
        aliases.swap(newIndices);
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
}

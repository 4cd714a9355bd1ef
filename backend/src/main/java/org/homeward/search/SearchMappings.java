package org.homeward.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The mapping files of {@code search-mappings/} on the class path, by family and version, for {@link SearchIndexes}. */
final class SearchMappings {

    private static final Pattern MAPPING_FILE = Pattern.compile("([a-z][a-z0-9-]*)-v(\\d+)\\.json");

    private final Map<String, Map<Integer, IndexMapping>> byFamily;

    private SearchMappings(Map<String, Map<Integer, IndexMapping>> byFamily) {
        this.byFamily = byFamily;
    }

    IndexMapping newest(String family) {
        return byFamily.get(family).values().stream().max(Comparator.comparingInt(IndexMapping::version)).orElseThrow();
    }

    /** The mapping an index was created from, read off its name ({@code <alias>-v<version>-...}). */
    Optional<IndexMapping> of(String index, Function<String, String> alias) {
        for (String family : byFamily.keySet()) {
            Matcher name = Pattern.compile(Pattern.quote(alias.apply(family)) + "-v(\\d+)(-.*)?").matcher(index);
            if (name.matches()) {
                return Optional.ofNullable(byFamily.get(family).get(Integer.parseInt(name.group(1))));
            }
        }
        return Optional.empty();
    }

    /** Every mapping file on the class path, by family and version. */
    static SearchMappings read() {
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
            return new SearchMappings(all);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read search-mappings/", e);
        }
    }
}

package org.homeward.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.get_alias.IndexAliases;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;

/** Which index each family's alias points at, and the atomic swap of them, for {@link SearchIndexes}. */
final class SearchAliases {

    /** Logs as the indices do, under one name for operators. */
    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);

    private final ElasticsearchClient client;
    private final Function<String, String> alias;

    SearchAliases(ElasticsearchClient client, Function<String, String> alias) {
        this.client = client;
        this.alias = alias;
    }

    /**
     * The concrete index each family's alias points at. Reads every alias of the cluster and picks ours: asking for
     * named aliases answers 404 as soon as one of them is missing, which would hide the others.
     */
    Map<String, String> currentIndices() {
        try {
            Map<String, IndexAliases> found = client.indices().getAlias().aliases();
            Map<String, String> current = new LinkedHashMap<>();
            found.forEach((index, aliases) -> SearchFamily.ALL.stream()
                    .filter(family -> aliases.aliases().containsKey(alias.apply(family)))
                    .forEach(family -> current.put(family, index)));
            return current;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search aliases", e);
        }
    }

    /** Points each family's alias at its new index, all in one atomic step: readers never see a mix. */
    void swap(Map<String, String> newIndices) {
        Map<String, String> current = currentIndices();
        List<Action> actions = new ArrayList<>();
        newIndices.forEach((family, index) -> {
            String old = current.get(family);
            if (old != null && !old.equals(index)) {
                actions.add(Action.of(action -> action.remove(remove -> remove.index(old).alias(alias.apply(family)))));
            }
            actions.add(Action.of(action -> action.add(add -> add.index(index).alias(alias.apply(family)).isWriteIndex(true))));
        });
        try {
            client.indices().updateAliases(request -> request.actions(actions));
            log.info("Aliases now point at {}", newIndices.values());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot swap aliases to " + newIndices, e);
        }
    }
}

package org.homeward.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.homeward.search.projection.ParkedEvents;
import org.homeward.search.rebuild.ProjectionRebuilds;
import org.homeward.search.rebuild.RebuildStatus;
import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/** What an admin needs to see of the search read models at a glance. */
@Service
public class SearchOperations {

    public record IndexState(String family, String alias, String index, int version, int newestVersion,
                             long documents, boolean outdated) {
    }

    public record State(List<IndexState> indices, long projectionLag, long parkedEvents, RebuildStatus rebuild) {
    }

    private final SearchIndexes indexes;
    private final ElasticsearchClient client;
    private final ProjectionLag lag;
    private final ParkedEvents parked;
    private final ProjectionRebuilds rebuilds;

    SearchOperations(SearchIndexes indexes, ElasticsearchClient client, ProjectionLag lag, ParkedEvents parked,
                     ProjectionRebuilds rebuilds) {
        this.indexes = indexes;
        this.client = client;
        this.lag = lag;
        this.parked = parked;
        this.rebuilds = rebuilds;
    }

    public State state() {
        Map<String, String> current = indexes.currentIndices();
        List<IndexState> states = new ArrayList<>();
        for (String family : SearchFamily.ALL) {
            String index = current.get(family);
            int version = index == null ? 0 : indexes.mappingOf(index).map(IndexMapping::version).orElse(0);
            int newest = indexes.newestMapping(family).version();
            states.add(new IndexState(family, indexes.alias(family), index, version, newest, count(index),
                    version < newest));
        }
        RebuildStatus rebuild = rebuilds.running().orElseGet(() -> rebuilds.recent(1).stream().findFirst().orElse(null));
        return new State(states, (long) lag.eventsBehind(), parked.count(), rebuild);
    }

    private long count(String index) {
        if (index == null) {
            return 0;
        }
        try {
            return client.count(count -> count.index(index)).count();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot count " + index, e);
        }
    }
}

package org.homeward.search;

import java.net.URI;
import java.util.List;

import org.homeward.search.node.EmbeddedElasticsearch;

/** Where Elasticsearch answers: configured URIs, or the embedded node this process started. */
public final class SearchEndpoint implements AutoCloseable {

    private final List<URI> uris;
    private final EmbeddedElasticsearch embedded;

    private SearchEndpoint(List<URI> uris, EmbeddedElasticsearch embedded) {
        this.uris = uris;
        this.embedded = embedded;
    }

    static SearchEndpoint external(List<URI> uris) {
        return new SearchEndpoint(List.copyOf(uris), null);
    }

    static SearchEndpoint embedded(EmbeddedElasticsearch node) {
        return new SearchEndpoint(List.of(node.httpUri()), node);
    }

    public List<URI> uris() {
        return uris;
    }

    /** Waits for the embedded node to be healthy; external clusters are checked by the index set-up. */
    void awaitEmbeddedNode() {
        if (embedded != null) {
            embedded.awaitReady();
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}

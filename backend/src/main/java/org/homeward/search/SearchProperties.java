package org.homeward.search;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code homeward.search.*}: index naming and the embedded node used when {@code spring.elasticsearch.uris} is not set.
 *
 * @param indexPrefix    prepended to every index and alias name (lets several installations or test runs share a
 *                       cluster)
 * @param startupTimeout how long start-up waits for Elasticsearch to answer
 */
@ConfigurationProperties("homeward.search")
public record SearchProperties(@DefaultValue("") String indexPrefix,
                               @DefaultValue("3m") Duration startupTimeout,
                               @DefaultValue Embedded embedded) {

    /**
     * @param home         folder of the node's distribution, data and logs
     * @param version      the Elasticsearch distribution to run
     * @param distribution a local copy of the distribution zip (optional)
     * @param repository   Maven repository to download it from when this machine has no copy
     * @param httpPort     preferred HTTP port (a free one is taken when it is busy)
     * @param heap         the node's JVM heap
     */
    public record Embedded(@DefaultValue("./data/elasticsearch") Path home,
                           @DefaultValue("9.5.3") String version,
                           Path distribution,
                           @DefaultValue("https://repo.maven.apache.org/maven2/") URI repository,
                           @DefaultValue("9200") int httpPort,
                           @DefaultValue("512m") String heap) {
    }
}

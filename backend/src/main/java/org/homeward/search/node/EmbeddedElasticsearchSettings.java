package org.homeward.search.node;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where and how to run the embedded node.
 *
 * @param home           folder for the unpacked distribution, data and logs
 * @param version        Elasticsearch version of the distribution
 * @param distribution   the distribution zip, or null to look in the local Maven repository and then download it
 * @param repository     Maven repository to download the distribution from when it is nowhere on this machine
 * @param httpPort       preferred HTTP port; 0 or a busy port means any free one
 * @param heap           JVM heap, such as {@code 512m}
 * @param startupTimeout how long to wait for the node to become healthy
 */
public record EmbeddedElasticsearchSettings(Path home, String version, Path distribution, URI repository, int httpPort,
                                            String heap, Duration startupTimeout) {
}

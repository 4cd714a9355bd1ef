/**
 * A local Elasticsearch node for the embedded default: unpacked from the Maven Central distribution and run as a
 * child process (as an unprivileged user when the app runs as root, since Elasticsearch refuses root).
 */
package org.homeward.search.node;

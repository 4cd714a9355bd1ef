/**
 * The search read models in Elasticsearch: the client, the index lifecycle (mappings from {@code search-mappings/},
 * versioned indices behind aliases), the projectors that feed them and the queries that read them. Everything here
 * can be thrown away and rebuilt from the event store; no personal details ever reach it.
 */
package org.homeward.search;

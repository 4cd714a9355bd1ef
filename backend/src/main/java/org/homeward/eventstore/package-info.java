/**
 * The event store: Axon's JDBC storage engine over PostgreSQL (or the embedded H2 file database when no
 * datasource is configured), the processors' token store, and how event handlers fail.
 */
package org.homeward.eventstore;

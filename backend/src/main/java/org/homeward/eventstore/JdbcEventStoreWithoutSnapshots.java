package org.homeward.eventstore;

import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC event storage as configured here, minus the snapshot lookup Axon makes before loading every aggregate:
 * Homeward takes no snapshots (a case's history is short, and a snapshot would be one more copy of sealed personal
 * data to erase), so the lookup is a database round trip per command that can only find nothing.
 */
final class JdbcEventStoreWithoutSnapshots extends JdbcEventStorageEngine {

    JdbcEventStoreWithoutSnapshots(JdbcEventStorageEngine.Builder builder) {
        super(builder);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return Optional.empty();
    }
}

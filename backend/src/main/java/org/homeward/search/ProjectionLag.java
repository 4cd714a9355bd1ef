package org.homeward.search;

import java.util.List;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * How far the search projection trails the event store: the newest stored event's position minus the position of
 * the slowest segment, read from the shared token store (so every node reports the same, and a stopped projection
 * shows its full lag), as the metric {@code homeward.projection.lag} (Actuator, for admins).
 */
@Component
class ProjectionLag {

    private final JdbcClient jdbc;
    private final Serializer serializer;

    ProjectionLag(JdbcClient jdbc, Serializer serializer, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        Gauge.builder("homeward.projection.lag", this, ProjectionLag::eventsBehind)
                .tag("processor", org.homeward.search.projection.SearchProjector.PROCESSING_GROUP)
                .description("Events stored but not yet projected into the search index")
                .baseUnit("events")
                .register(registry);
    }

    private record StoredToken(byte[] token, String tokenType) {
    }

    double eventsBehind() {
        long newest = jdbc.sql("select coalesce(max(global_index), -1) from domain_event_entry").query(Long.class).single();
        List<StoredToken> tokens = jdbc.sql("select token, token_type from token_entry where processor_name = :name")
                .param("name", org.homeward.search.projection.SearchProjector.PROCESSING_GROUP)
                .query(StoredToken.class).list();
        long slowest = tokens.isEmpty() ? -1 : tokens.stream().mapToLong(this::position).min().orElse(-1);
        return Math.max(0, newest - slowest);
    }

    /** The position of a segment's token; -1 before it has handled anything. */
    private long position(StoredToken stored) {
        if (stored.token() == null || stored.tokenType() == null) {
            return -1;
        }
        TrackingToken token = serializer.deserialize(
                new SimpleSerializedObject<>(stored.token(), byte[].class, stored.tokenType(), null));
        return token == null ? -1 : token.position().orElse(-1);
    }
}

package org.homeward.snapshot;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code portfolio_snapshot} table: a row per snapshot, its state, the indices it was written into and its
 * build's progress. A build row that has not heard from its build for a while reads as interrupted.
 */
final class SnapshotRows {

    /** A build whose row has not heard from it for this long was interrupted (its node stopped). */
    static final Duration STALE_AFTER = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Clock clock;

    SnapshotRows(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The newest position of the event store (-1 when it is empty). */
    long newestPosition() {
        return jdbc.sql("select coalesce(max(global_index), -1) from domain_event_entry").query(Long.class).single();
    }

    /** How many events are stored up to that position. */
    long eventsUpTo(long upTo) {
        return jdbc.sql("select count(*) from domain_event_entry where global_index <= :upTo")
                .param("upTo", upTo).query(Long.class).single();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the name is taken meanwhile */
    void insertBuilding(UUID id, String name, LocalDate asKnownOn, long upTo, Map<String, String> indices,
                        String scoredWith, String builtBy, long total) {
        jdbc.sql("""
                insert into portfolio_snapshot (snapshot_id, name, name_key, as_known_on, up_to_position, status, indices,
                                                scored_with, built_by, started_at, heartbeat_at, events_total)
                values (:id, :name, :nameKey, :asKnownOn, :upTo, 'BUILDING', :indices, :scoredWith, :by, :now,
                        current_timestamp, :total)""")
                .param("id", id).param("name", name).param("nameKey", nameKey(name)).param("asKnownOn", asKnownOn).param("upTo", upTo)
                .param("indices", indices.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                        .collect(Collectors.joining(",")))
                .param("scoredWith", scoredWith).param("by", builtBy)
                .param("now", Timestamp.from(clock.instant())).param("total", total).update();
    }

    boolean nameTaken(String name) {
        return jdbc.sql("select count(*) from portfolio_snapshot where name_key = :key")
                .param("key", nameKey(name)).query(Long.class).single() > 0;
    }

    private static String nameKey(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    /** Every snapshot, newest first. */
    List<PortfolioSnapshot> list() {
        return jdbc.sql("select portfolio_snapshot.*, current_timestamp as db_now from portfolio_snapshot order by started_at desc")
                .query((row, n) -> read(row)).list();
    }

    Optional<PortfolioSnapshot> find(UUID id) {
        return jdbc.sql("select portfolio_snapshot.*, current_timestamp as db_now from portfolio_snapshot where snapshot_id = :id")
                .param("id", id).query((row, n) -> read(row)).optional();
    }

    void delete(UUID id) {
        jdbc.sql("delete from portfolio_snapshot where snapshot_id = :id").param("id", id).update();
    }

    void progress(UUID id, long read, long included, long cases, int failed) {
        jdbc.sql("""
                update portfolio_snapshot set events_read = :read, events_included = :included, cases = :cases,
                       cases_failed = :failed, heartbeat_at = current_timestamp
                 where snapshot_id = :id""")
                .param("read", read).param("included", included).param("cases", cases)
                .param("failed", failed).param("id", id).update();
    }

    void finish(UUID id, String state, String failure) {
        jdbc.sql("update portfolio_snapshot set status = :state, finished_at = :now, heartbeat_at = current_timestamp, "
                        + "failure = :failure where snapshot_id = :id")
                .param("state", state).param("now", Timestamp.from(clock.instant()))
                .param("failure", failure == null ? null : failure.substring(0, Math.min(2000, failure.length())))
                .param("id", id).update();
    }

    private static PortfolioSnapshot read(ResultSet row) throws SQLException {
        PortfolioSnapshot.State state = PortfolioSnapshot.State.valueOf(row.getString("status"));
        Instant dbNow = row.getTimestamp("db_now").toInstant();
        if (state == PortfolioSnapshot.State.BUILDING
                && row.getTimestamp("heartbeat_at").toInstant().isBefore(dbNow.minus(STALE_AFTER))) {
            state = PortfolioSnapshot.State.INTERRUPTED;
        }
        Map<String, String> indices = new LinkedHashMap<>();
        for (String pair : row.getString("indices").split(",")) {
            String[] familyAndIndex = pair.split("=", 2);
            indices.put(familyAndIndex[0], familyAndIndex[1]);
        }
        Timestamp finished = row.getTimestamp("finished_at");
        return new PortfolioSnapshot(row.getObject("snapshot_id", UUID.class), row.getString("name"),
                row.getObject("as_known_on", LocalDate.class), row.getLong("up_to_position"), state, indices,
                row.getString("scored_with"), row.getString("built_by"), row.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), row.getLong("events_total"), row.getLong("events_read"),
                row.getLong("events_included"), row.getLong("cases"), row.getInt("cases_failed"),
                row.getString("failure"));
    }
}

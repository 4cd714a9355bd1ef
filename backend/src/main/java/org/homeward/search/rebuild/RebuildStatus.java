package org.homeward.search.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where a rebuild of the search indices stands: events done of the total, the rate so far and the time it still
 * needs at that rate.
 */
public record RebuildStatus(UUID rebuildId, State state, List<String> indices, String startedBy, Instant startedAt,
                            Instant finishedAt, long eventsDone, long eventsTotal, double eventsPerSecond,
                            Long secondsLeft, int casesFailed, String failure) {

    public enum State { RUNNING, COMPLETED, FAILED, ABANDONED }

    static RebuildStatus of(UUID id, String state, String indices, String startedBy, Instant startedAt,
                            Instant heartbeatAt, Instant finishedAt, long done, long total, int casesFailed,
                            String failure) {
        Instant until = finishedAt != null ? finishedAt : heartbeatAt;
        double seconds = Math.max(0.001, Duration.between(startedAt, until).toMillis() / 1000.0);
        double rate = done / seconds;
        Long left = State.valueOf(state) == State.RUNNING && rate > 0 ? Math.round((total - done) / rate) : null;
        return new RebuildStatus(id, State.valueOf(state), List.of(indices.split(",")), startedBy, startedAt,
                finishedAt, done, total, Math.round(rate * 10) / 10.0, left, casesFailed, failure);
    }

    public int percentDone() {
        return eventsTotal == 0 ? 100 : (int) Math.min(100, eventsDone * 100 / eventsTotal);
    }
}

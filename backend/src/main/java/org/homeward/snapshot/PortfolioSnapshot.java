package org.homeward.snapshot;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/**
 * The whole portfolio as known on a date: every case as the events recorded by the end of that day (UTC) describe
 * it, replayed from the event store into indices of its own. Built once, never written to again.
 *
 * @param upToPosition   the newest event in the store when the build began; nothing after it is part of the snapshot
 * @param indices        the snapshot's index for each index family ({@code cases}, {@code case-events}, ...)
 * @param scoredWith     the scoring scheme its assessment scores were computed with
 * @param eventsRead     events read from the store so far, of {@code eventsTotal}
 * @param eventsIncluded events recorded by the date, the ones the snapshot holds
 */
public record PortfolioSnapshot(UUID id, String name, LocalDate asKnownOn, long upToPosition, State state,
                                Map<String, String> indices, String scoredWith, String builtBy, Instant startedAt,
                                Instant finishedAt, long eventsTotal, long eventsRead, long eventsIncluded, long cases,
                                int casesFailed, String failure) {

    public enum State {
        BUILDING,
        READY,
        FAILED,
        /** The node building it stopped before it was done; it will not finish, delete it and build it again. */
        INTERRUPTED
    }

    public PortfolioSnapshot {
        indices = Map.copyOf(indices);
    }

    public int percentDone() {
        return eventsTotal == 0 ? 100 : (int) Math.min(100, eventsRead * 100 / eventsTotal);
    }

    public boolean ready() {
        return state == State.READY;
    }

    /** The first instant no longer part of the snapshot: the start of the day after the date, UTC. */
    public Instant cutOff() {
        return cutOff(asKnownOn);
    }

    static Instant cutOff(LocalDate asKnownOn) {
        return asKnownOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * The clock reads of a snapshot go by: stopped at the last moment of its date, so that what depends on today
     * (overdue follow-ups, this quarter) is judged as it was on that day.
     */
    public Clock clock() {
        return Clock.fixed(cutOff().minusMillis(1), ZoneOffset.UTC);
    }
}

package org.homeward.search.projection;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How a scheduled follow-up ended, as the case's history tells it: {@code COMPLETED}, {@code MISSED} (the person
 * could not be reached), {@code CANCELLED} (the case was closed first) or still {@code PENDING}. Whether a pending
 * follow-up is overdue depends on today, so that is left to queries.
 */
record FollowUpResolution(String outcome, LocalDate resolvedOn, Integer daysLate) {

    static final FollowUpResolution PENDING = new FollowUpResolution("PENDING", null, null);

    static FollowUpResolution completed(LocalDate dueOn, LocalDate on) {
        return new FollowUpResolution("COMPLETED", on, (int) ChronoUnit.DAYS.between(dueOn, on));
    }

    static FollowUpResolution missed(LocalDate on) {
        return new FollowUpResolution("MISSED", on, null);
    }

    static FollowUpResolution cancelled(LocalDate on) {
        return new FollowUpResolution("CANCELLED", on, null);
    }
}

package org.homeward.search;

import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a pending follow-up counts as overdue: more than {@code homeward.follow-ups.grace-days} (7) days after its due
 * date, that is when {@code dueOn + grace < today}. The one definition behind the search's overdue filter and the
 * follow-up worklist.
 */
@Component
public class FollowUpGrace {

    public static final String GRACE_DAYS = "homeward.follow-ups.grace-days";

    private final int days;

    public FollowUpGrace(@Value("${" + GRACE_DAYS + ":7}") int days) {
        if (days < 0) {
            throw new IllegalStateException(GRACE_DAYS + " cannot be negative: " + days);
        }
        this.days = days;
    }

    public int days() {
        return days;
    }

    /** Follow-ups due before this date are overdue on {@code today}. */
    public LocalDate overdueIfDueBefore(LocalDate today) {
        return today.minusDays(days);
    }

    public boolean isOverdue(LocalDate dueOn, LocalDate today) {
        return dueOn.isBefore(overdueIfDueBefore(today));
    }
}

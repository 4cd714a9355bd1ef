package org.homeward.outcomes;

import java.time.YearMonth;

/**
 * Follow-ups that fell due in one month, by how they went: completed within the grace period, completed later, the
 * person not reached, or still pending past the grace period. Follow-ups cancelled by a closure, or not yet past their
 * grace period, are not counted. {@code onTime} and {@code late} split the completed ones.
 */
public record ComplianceMonth(YearMonth month, long onTime, long late, long notReached, long overdue) {

    public long due() {
        return onTime + late + notReached + overdue;
    }

    /** The share done on time, or null when none fell due. */
    public Double onTimeShare() {
        return due() == 0 ? null : (double) onTime / due();
    }
}

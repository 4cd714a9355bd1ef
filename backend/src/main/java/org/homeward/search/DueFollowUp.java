package org.homeward.search;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One row of the follow-up worklist: a pending follow-up of an open case, due by the end of the week.
 *
 * @param purpose       the follow-up's purpose, such as {@code CHECK_IN} or {@code REINTEGRATION_ASSESSMENT}
 * @param daysOverdue   days from the due date to today, 0 when it is not yet due
 * @param overdue       whether it is overdue: still pending more than the grace period after its due date
 * @param lastContactOn the case's last contact with the person, if any
 * @param flags         the case's flags, such as {@code DISTRESS} or {@code FOLLOW_UP_MISSED}
 */
public record DueFollowUp(UUID caseId, String reference, String office, String officer, UUID followUpId,
                          String purpose, LocalDate dueOn, long daysOverdue, boolean overdue,
                          LocalDate lastContactOn, List<String> flags) {
}

package org.homeward.casefile.followup;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.homeward.casefile.CaseEvent;

/**
 * A pending follow-up will not take place. Recorded by the case itself, right after the {@code CaseClosed} that
 * caused it, effective on the closing date; a cancelled follow-up can no longer be completed or missed.
 */
@Revision("1")
public record FollowUpCancelled(UUID caseId, UUID followUpId, FollowUpCancellation reason, LocalDate effectiveOn)
        implements CaseEvent {
}

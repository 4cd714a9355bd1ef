package org.homeward.casefile.followup;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.homeward.casefile.CaseEvent;

@Revision("1")
public record FollowUpCompleted(UUID caseId, UUID followUpId, ContactMode mode, LocalDate effectiveOn)
        implements CaseEvent {
}

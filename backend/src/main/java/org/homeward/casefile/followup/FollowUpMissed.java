package org.homeward.casefile.followup;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.homeward.casefile.CaseEvent;

@Revision("1")
public record FollowUpMissed(UUID caseId, UUID followUpId, int attempts, LocalDate effectiveOn) implements CaseEvent {

    public static final int MOST_ATTEMPTS = 50;
}

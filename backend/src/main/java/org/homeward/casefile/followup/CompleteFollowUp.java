package org.homeward.casefile.followup;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CompleteFollowUp(@TargetAggregateIdentifier UUID caseId, UUID followUpId, ContactMode mode,
                               LocalDate completedOn) {
}

package org.homeward.casefile;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReopenCase(@TargetAggregateIdentifier UUID caseId, ReopeningReason reason, LocalDate reopenedOn) {
}

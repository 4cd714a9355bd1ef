package org.homeward.casefile;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CloseCase(@TargetAggregateIdentifier UUID caseId, ClosureReason reason, LocalDate closedOn) {
}

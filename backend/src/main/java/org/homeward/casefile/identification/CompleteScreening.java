package org.homeward.casefile.identification;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CompleteScreening(@TargetAggregateIdentifier UUID caseId, ScreeningOutcome outcome, LocalDate screenedOn) {
}

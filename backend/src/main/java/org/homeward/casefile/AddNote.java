package org.homeward.casefile;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddNote(@TargetAggregateIdentifier UUID caseId, SealedText note, LocalDate notedOn) {
}

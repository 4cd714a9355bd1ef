package org.homeward.casefile;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Hands the case to another officer of the same office. */
public record ReassignCase(@TargetAggregateIdentifier UUID caseId, String toOfficer, LocalDate reassignedOn) {
}

package org.homeward.casefile;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erase the person's name, contact details and notes for good: the case's key is destroyed, so what was sealed with
 * it can never be opened again. Everything non-personal stays, for the history and the statistics.
 *
 * @param requestedOn when the survivor asked, or when the retention period ran out
 */
public record ErasePersonalData(@TargetAggregateIdentifier UUID caseId, ErasureReason reason, LocalDate requestedOn) {
}

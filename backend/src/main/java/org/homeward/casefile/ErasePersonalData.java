package org.homeward.casefile;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The survivor asked to be forgotten: erase their name, contact details and notes for good. The case's key is
 * destroyed, so what was sealed with it can never be opened again. Everything non-personal stays, for the history and
 * the statistics. (The end of a retention period is {@link ErasePersonalDataAfterRetention}, the policy's own.)
 *
 * @param requestedOn when the survivor asked
 */
public record ErasePersonalData(@TargetAggregateIdentifier UUID caseId, LocalDate requestedOn) {
}

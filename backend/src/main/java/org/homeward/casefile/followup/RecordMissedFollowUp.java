package org.homeward.casefile.followup;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The person could not be reached despite {@code attempts} tries, the last on {@code lastAttemptOn}. */
public record RecordMissedFollowUp(@TargetAggregateIdentifier UUID caseId, UUID followUpId, int attempts,
                                   LocalDate lastAttemptOn) {
}

package org.homeward.casefile.reintegration;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A check-in on the person's wellbeing: a score from 0 (worst) to 10 (best), concerns, and whether referred on. */
public record RecordPsychosocialCheckIn(@TargetAggregateIdentifier UUID caseId, CheckInMode mode, int wellbeingScore,
                                        Set<PsychosocialConcern> concerns, boolean referredToSpecialist,
                                        LocalDate checkedInOn) {
}

package org.homeward.casefile.followup;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A contact due on {@code dueOn}, planned on {@code scheduledOn}. {@code followUpId} is chosen by the caller. */
public record ScheduleFollowUp(@TargetAggregateIdentifier UUID caseId, UUID followUpId, FollowUpPurpose purpose,
                               LocalDate dueOn, LocalDate scheduledOn) {
}

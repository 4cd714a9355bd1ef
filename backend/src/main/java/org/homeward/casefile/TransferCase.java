package org.homeward.casefile;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves the case to another office (the person moved), to be picked up by one of its officers. */
public record TransferCase(@TargetAggregateIdentifier UUID caseId, String toOffice, String toOfficer,
                           LocalDate transferredOn) {
}

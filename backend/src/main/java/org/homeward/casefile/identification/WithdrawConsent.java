package org.homeward.casefile.identification;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawConsent(@TargetAggregateIdentifier UUID caseId, ConsentScope scope, LocalDate withdrawnOn) {
}

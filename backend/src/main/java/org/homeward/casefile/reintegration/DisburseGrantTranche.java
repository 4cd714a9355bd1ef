package org.homeward.casefile.reintegration;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.homeward.casefile.Money;

public record DisburseGrantTranche(@TargetAggregateIdentifier UUID caseId, UUID grantId, Money amount,
                                   LocalDate disbursedOn) {
}

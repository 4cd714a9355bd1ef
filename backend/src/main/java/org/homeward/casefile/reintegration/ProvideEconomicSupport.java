package org.homeward.casefile.reintegration;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.homeward.casefile.Money;

public record ProvideEconomicSupport(@TargetAggregateIdentifier UUID caseId, EconomicSupportKind kind, Money value,
                                     LocalDate providedOn) {
}

package org.homeward.casefile.journey;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.homeward.casefile.Money;

/** Assistance given before or during the return, in a country (ISO 3166-1), with its cost when known. */
public record ProvideAssistance(@TargetAggregateIdentifier UUID caseId, AssistanceKind kind, String country,
                                String provider, Money cost, LocalDate providedOn) {
}

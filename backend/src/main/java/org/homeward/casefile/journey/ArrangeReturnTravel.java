package org.homeward.casefile.journey;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Travel home booked on {@code arrangedOn} for departure on {@code departureOn} (which may lie ahead). */
public record ArrangeReturnTravel(@TargetAggregateIdentifier UUID caseId, String fromCountry, String toCountry,
                                  TravelMode mode, LocalDate departureOn, LocalDate arrangedOn) {
}

package org.homeward.casefile.journey;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.homeward.casefile.CaseEvent;

@Revision("1")
public record ReturnTravelArranged(UUID caseId, String fromCountry, String toCountry, TravelMode mode,
                                   LocalDate departureOn, LocalDate effectiveOn) implements CaseEvent {
}

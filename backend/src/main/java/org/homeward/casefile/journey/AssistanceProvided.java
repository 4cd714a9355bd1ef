package org.homeward.casefile.journey;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.homeward.casefile.CaseEvent;
import org.homeward.casefile.Money;

@Revision("1")
public record AssistanceProvided(UUID caseId, AssistanceKind kind, String country, String provider, Money cost,
                                 LocalDate effectiveOn) implements CaseEvent {
}

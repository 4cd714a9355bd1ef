package org.homeward.casefile.identification;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.homeward.casefile.CaseEvent;

@Revision("1")
public record ConsentWithdrawn(UUID caseId, ConsentScope scope, LocalDate effectiveOn) implements CaseEvent {
}

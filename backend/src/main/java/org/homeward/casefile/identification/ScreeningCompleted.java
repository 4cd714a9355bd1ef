package org.homeward.casefile.identification;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.homeward.casefile.CaseEvent;

@Revision("1")
public record ScreeningCompleted(UUID caseId, ScreeningOutcome outcome, LocalDate effectiveOn) implements CaseEvent {
}

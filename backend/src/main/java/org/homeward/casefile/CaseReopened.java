package org.homeward.casefile;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CaseReopened(UUID caseId, ReopeningReason reason, LocalDate effectiveOn) implements CaseEvent {
}

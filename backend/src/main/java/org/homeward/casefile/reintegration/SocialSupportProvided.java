package org.homeward.casefile.reintegration;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.homeward.casefile.CaseEvent;

@Revision("1")
public record SocialSupportProvided(UUID caseId, SocialSupportKind kind, LocalDate effectiveOn) implements CaseEvent {
}

package org.homeward.casefile.journey;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.homeward.casefile.CaseEvent;

@Revision("1")
public record ReturnedHome(UUID caseId, String province, String district, LocalDate effectiveOn) implements CaseEvent {
}

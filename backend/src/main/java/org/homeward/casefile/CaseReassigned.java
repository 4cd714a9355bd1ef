package org.homeward.casefile;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CaseReassigned(UUID caseId, @Uncorrectable String fromOfficer, String toOfficer, LocalDate effectiveOn)
        implements CaseEvent {
}

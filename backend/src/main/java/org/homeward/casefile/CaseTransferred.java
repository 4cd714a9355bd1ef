package org.homeward.casefile;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CaseTransferred(UUID caseId, @Uncorrectable String fromOffice, String toOffice, String toOfficer, LocalDate effectiveOn)
        implements CaseEvent {
}

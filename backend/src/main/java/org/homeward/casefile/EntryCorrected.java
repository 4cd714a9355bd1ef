package org.homeward.casefile;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/** {@code effectiveOn} is the corrected event's effective date after the correction. */
@Revision("1")
public record EntryCorrected(UUID caseId, @Uncorrectable String correctedEventId, @Uncorrectable String correctedEventType,
                             @Uncorrectable Map<String, Object> correctedValues, @Uncorrectable CorrectionReason reason,
                             @Uncorrectable LocalDate effectiveOn)
        implements CaseEvent {
}

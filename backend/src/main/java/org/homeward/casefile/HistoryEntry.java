package org.homeward.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One event of a case's history as it was recorded: what, when it happened, when and by whom it was recorded, and
 * its fields (sealed ones opened for readers allowed to see them). Corrections are entries of their own.
 */
public record HistoryEntry(String eventId, long sequence, String type, LocalDate effectiveOn, Instant recordedAt,
                           String recordedBy, String recordedByOffice, String correlationId,
                           Map<String, Object> payload) {
}

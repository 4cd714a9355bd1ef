package org.homeward.replay;

import java.time.LocalDate;
import java.util.List;

import org.homeward.search.projection.CaseDocument;
import org.homeward.search.projection.CaseEventDocument;

/**
 * A case as of a date: its state and the events that make it up, on the chosen basis. {@code state} is null when the
 * case did not exist yet on that basis (not yet referred, or not yet recorded).
 */
public record CaseAsOf(String caseId, LocalDate asOf, Basis basis, CaseDocument state, List<CaseEventDocument> events) {
}

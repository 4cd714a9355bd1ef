package org.homeward.casefile.assessment;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.homeward.casefile.CaseEvent;

/**
 * The answers only (indicator code to answer code) and the scheme version they were given under; never scores, which
 * read models compute with {@link ScoringSchemes} so that a later scheme version can rescore the past.
 */
@Revision("1")
public record ReintegrationAssessed(UUID caseId, UUID assessmentId, String schemeVersion, Map<String, String> answers,
                                    LocalDate effectiveOn) implements CaseEvent {
}

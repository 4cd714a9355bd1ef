package org.homeward.casefile.assessment;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The person answered the reintegration questionnaire on {@code assessedOn}: {@code answers} maps each indicator code of
 * the scoring scheme {@code schemeVersion} (such as {@code economic.food_security}) to an answer code of its scale.
 * {@code assessmentId} is chosen by the caller.
 */
public record RecordReintegrationAssessment(@TargetAggregateIdentifier UUID caseId, UUID assessmentId,
                                            LocalDate assessedOn, String schemeVersion, Map<String, String> answers) {
}

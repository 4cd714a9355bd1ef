package org.homeward.casefile;

import java.util.Map;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Fixes a mistake in an earlier event without editing it: names the event, the fields with their corrected values,
 * and why. The original stays in the history; every read model applies the correction.
 */
public record CorrectEntry(@TargetAggregateIdentifier UUID caseId, String correctedEventId,
                           Map<String, Object> correctedValues, CorrectionReason reason) {
}

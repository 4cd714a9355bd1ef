package org.homeward.casefile.identification;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The person gives (or renews) consent, for instance after withdrawing it. */
public record RecordConsent(@TargetAggregateIdentifier UUID caseId, boolean dataProcessing, boolean dataSharing,
                            LocalDate givenOn) {
}

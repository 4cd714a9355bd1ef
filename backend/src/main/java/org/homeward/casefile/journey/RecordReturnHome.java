package org.homeward.casefile.journey;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The person arrived home, in a province and district (administrative areas, not an address). */
public record RecordReturnHome(@TargetAggregateIdentifier UUID caseId, LocalDate returnedOn, String province,
                               String district) {
}

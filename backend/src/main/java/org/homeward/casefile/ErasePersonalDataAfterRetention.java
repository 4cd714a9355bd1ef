package org.homeward.casefile;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The retention policy's erasure: the case must be closed, and closed on or before the cut-off, as the case itself
 * knows it (the search index the policy finds candidates in may lag behind a reopening).
 *
 * @param closedOnOrBefore the latest closing date the retention period has run out for
 * @param erasedOn         the day the policy erases
 */
public record ErasePersonalDataAfterRetention(@TargetAggregateIdentifier UUID caseId, LocalDate closedOnOrBefore,
                                              LocalDate erasedOn) {
}

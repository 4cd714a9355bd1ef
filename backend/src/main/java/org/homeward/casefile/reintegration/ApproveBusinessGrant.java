package org.homeward.casefile.reintegration;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.homeward.casefile.Money;

/** A start-up grant for a business, paid later in tranches. {@code grantId} is chosen by the caller. */
public record ApproveBusinessGrant(@TargetAggregateIdentifier UUID caseId, UUID grantId, BusinessType businessType,
                                   Money amount, LocalDate approvedOn) {
}

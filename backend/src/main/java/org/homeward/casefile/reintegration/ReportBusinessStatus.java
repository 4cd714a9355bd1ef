package org.homeward.casefile.reintegration;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.homeward.casefile.Money;

/** How the grant-funded business is doing; {@code monthlyIncome} may be zero, and is null when not known. */
public record ReportBusinessStatus(@TargetAggregateIdentifier UUID caseId, UUID grantId, BusinessStatus status,
                                   Money monthlyIncome, LocalDate reportedOn) {
}

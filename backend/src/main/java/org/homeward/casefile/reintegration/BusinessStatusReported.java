package org.homeward.casefile.reintegration;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.homeward.casefile.CaseEvent;
import org.homeward.casefile.Money;

@Revision("1")
public record BusinessStatusReported(UUID caseId, UUID grantId, BusinessStatus status, Money monthlyIncome,
                                     LocalDate effectiveOn) implements CaseEvent {
}

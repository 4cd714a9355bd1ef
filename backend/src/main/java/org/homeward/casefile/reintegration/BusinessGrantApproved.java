package org.homeward.casefile.reintegration;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.homeward.casefile.CaseEvent;
import org.homeward.casefile.Money;

@Revision("1")
public record BusinessGrantApproved(UUID caseId, UUID grantId, BusinessType businessType, Money amount,
                                    LocalDate effectiveOn) implements CaseEvent {
}

package org.homeward.casefile.reintegration;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.homeward.casefile.CaseEvent;
import org.homeward.casefile.Money;
import org.homeward.casefile.Uncorrectable;

/** A tranche paid; {@code trancheNumber} counts from 1 per grant. */
@Revision("1")
public record BusinessGrantTrancheDisbursed(UUID caseId, UUID grantId, @Uncorrectable int trancheNumber, Money amount,
                                            LocalDate effectiveOn) implements CaseEvent {
}

package org.homeward.casefile.reintegration;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A referral to a service run by another organisation (named: an organisation, never a person). */
public record MakeReferral(@TargetAggregateIdentifier UUID caseId, ReferralService service, String organisation,
                           LocalDate referredOn) {
}

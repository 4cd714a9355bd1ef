package org.homeward.casefile.reintegration;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ProvideSocialSupport(@TargetAggregateIdentifier UUID caseId, SocialSupportKind kind, LocalDate providedOn) {
}

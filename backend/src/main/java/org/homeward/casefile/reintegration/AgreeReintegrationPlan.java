package org.homeward.casefile.reintegration;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.homeward.casefile.Money;

/** The plan agreed with the person: a goal per dimension (coded, so they can be compared) and a budget. */
public record AgreeReintegrationPlan(@TargetAggregateIdentifier UUID caseId, EconomicGoal economicGoal,
                                     SocialGoal socialGoal, PsychosocialGoal psychosocialGoal, Money budget,
                                     LocalDate agreedOn) {
}

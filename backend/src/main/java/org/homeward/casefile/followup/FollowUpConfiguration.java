package org.homeward.casefile.followup;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Offers the programme's {@link FollowUpPlan} as a bean, read from {@code homeward.follow-ups.plan-months}; Axon hands
 * it to the case's handler of the return home, as it hands the {@code Clock} and the scoring schemes to theirs.
 * An invalid plan stops the application at start-up, naming the property.
 */
@Configuration(proxyBeanMethods = false)
public class FollowUpConfiguration {

    public static final String PLAN_MONTHS = "homeward.follow-ups.plan-months";

    @Bean
    FollowUpPlan followUpPlan(@Value("${" + PLAN_MONTHS + ":1,3,6,12,18,24}") String months) {
        try {
            return FollowUpPlan.parse(months);
        } catch (IllegalArgumentException invalid) {
            throw new IllegalStateException("Invalid " + PLAN_MONTHS + ": " + invalid.getMessage(), invalid);
        }
    }
}

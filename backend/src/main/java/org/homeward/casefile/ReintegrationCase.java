package org.homeward.casefile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One survivor's case: decides which commands become facts and records them as events, never editing the past.
 */
@Aggregate
public class ReintegrationCase {

    /** The latest calendar date anywhere on Earth: an office east of UTC may already be a day ahead. */
    private static final ZoneOffset EARLIEST_TIME_ZONE_TO_START_A_DAY = ZoneOffset.ofHours(14);

    @AggregateIdentifier
    private UUID caseId;
    private String office;
    private CaseStatus status;

    protected ReintegrationCase() {
        // for Axon to rebuild the case from its events
    }

    @CommandHandler
    public ReintegrationCase(OpenCase command, Clock clock) {
        checkOpening(command, clock);
        apply(new CaseOpened(command.caseId(), command.reference(), command.personalDetails(), command.sex(),
                command.birthYear(), command.nationality(), command.office(), command.referralSource(),
                command.referredOn(), command.consent(), command.openedBy()));
    }

    private static void checkOpening(OpenCase command, Clock clock) {
        require(command.caseId() != null, "caseId", "a case needs an identifier");
        require(notBlank(command.reference()), "reference", "a case needs a reference");
        require(command.personalDetails() != null, "personalDetails", "personal details are required");
        require(command.sex() != null, "sex", "sex is required (UNKNOWN if not known)");
        require(CountryCodes.isAlpha2(command.nationality()), "nationality",
                "nationality must be an ISO 3166-1 alpha-2 country code");
        require(notBlank(command.office()), "office", "a case belongs to an office");
        require(command.referralSource() != null, "referralSource", "the referral source is required");
        require(notBlank(command.openedBy()), "openedBy", "the officer opening the case is required");
        require(command.consent() != null && command.consent().dataProcessing(), "consent.dataProcessing",
                "consent to data processing must be recorded before a case can be opened");
        LocalDate latestToday = LocalDate.now(clock.withZone(EARLIEST_TIME_ZONE_TO_START_A_DAY));
        require(BirthYears.isPlausible(command.birthYear(), Year.from(latestToday)), "birthYear",
                "birth year must be between " + (latestToday.getYear() - BirthYears.OLDEST_AGE) + " and "
                        + latestToday.getYear());
        require(command.referredOn() != null, "referredOn", "the referral date is required");
        require(!command.referredOn().isAfter(latestToday), "referredOn", "the referral date cannot be in the future");
        require(command.referredOn().getYear() >= command.birthYear(), "referredOn",
                "the referral date cannot be before the person was born");
    }

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseId = event.caseId();
        office = event.office();
        status = CaseStatus.OPEN;
    }

    private static void require(boolean rule, String field, String reason) {
        if (!rule) {
            throw new CaseRuleViolation(field, reason);
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}

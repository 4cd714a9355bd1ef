package org.homeward.search.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One event in the {@code case-events} index, as corrected. The analytic fields ({@code kind}, {@code country},
 * {@code amount}, {@code score}, {@code codes}) mean what the event type gives them; none carries personal data.
 * Every event carries its case's cohort ({@code nationality} … {@code exploitationCountries}) so that the outcome
 * filters apply to event analytics; a {@code FollowUpScheduled} carries how the follow-up was resolved.
 */
public record CaseEventDocument(
        String eventId,
        String caseId,
        String reference,
        String office,
        long sequence,
        String type,
        String stage,
        LocalDate effectiveOn,
        Instant recordedAt,
        String recordedBy,
        String recordedForOffice,
        Integer monthsSinceReturn,
        String kind,
        String country,
        Double amount,
        String currency,
        Integer score,
        List<String> codes,
        List<String> correctedBy,
        String corrects,
        List<String> correctedFields,
        String nationality,
        String sex,
        LocalDate returnedOn,
        String returnQuarter,
        List<String> exploitationCountries,
        String supportKind,
        LocalDate dueOn,
        String followUpOutcome,
        LocalDate resolvedOn,
        Integer daysLate) {
}

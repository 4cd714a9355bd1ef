package org.homeward.search.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case in the {@code cases} index: its current state, built only from non-personal fields (the index mapping is
 * strict, so an unexpected field fails loudly). Dates that depend on today, such as whether a follow-up is overdue,
 * are left to queries so that the document depends on the history alone.
 */
public record CaseDocument(
        String caseId,
        String reference,
        String status,
        String office,
        String officer,
        String openedBy,
        String sex,
        int birthYear,
        String birthYearBand,
        String nationality,
        String referralSource,
        LocalDate referredOn,
        Instant openedAt,
        boolean consentToDataProcessing,
        boolean consentToDataSharing,
        String screeningOutcome,
        List<String> formsOfExploitation,
        List<String> exploitationCountries,
        LocalDate exploitationBeganOn,
        LocalDate returnedOn,
        String returnQuarter,
        boolean planAgreed,
        List<String> supportKinds,
        List<SupportTotal> supportTotals,
        String grantStatus,
        String businessStatus,
        LocalDate businessStatusOn,
        LocalDate lastContactOn,
        LocalDate lastFollowUpOn,
        LocalDate nextFollowUpDueOn,
        int followUpsCompleted,
        int followUpsMissed,
        int followUpsPending,
        List<PendingFollowUp> pendingFollowUps,
        LatestAssessment latestAssessment,
        List<String> flags,
        LocalDate closedOn,
        String closureReason,
        int eventCount,
        Instant lastRecordedAt,
        long lastEventSequence,
        String searchText) {

    /** This document with the latest assessment's scores and the flags they raise. */
    public CaseDocument withLatestAssessment(LatestAssessment latest, List<String> newFlags) {
        return new CaseDocument(caseId, reference, status, office, officer, openedBy, sex, birthYear, birthYearBand,
                nationality, referralSource, referredOn, openedAt, consentToDataProcessing, consentToDataSharing,
                screeningOutcome, formsOfExploitation, exploitationCountries, exploitationBeganOn, returnedOn,
                returnQuarter, planAgreed, supportKinds, supportTotals, grantStatus, businessStatus, businessStatusOn,
                lastContactOn, lastFollowUpOn, nextFollowUpDueOn, followUpsCompleted, followUpsMissed,
                followUpsPending, pendingFollowUps, latest, newFlags, closedOn, closureReason, eventCount, lastRecordedAt,
                lastEventSequence, searchText);
    }

    /**
     * A follow-up the case still waits for (scheduled, neither completed, missed nor cancelled), listed while the case
     * is open, soonest due first: what worklists query, as a nested field.
     */
    public record PendingFollowUp(String followUpId, String purpose, LocalDate dueOn) {
    }

    /** What was given of one kind of support in one currency ({@code amount} 0 for support without a value). */
    public record SupportTotal(String kind, String currency, double amount, int entries) {
    }

    public record LatestAssessment(String assessmentId, LocalDate assessedOn, Integer monthsSinceReturn, String scheme,
                                   double economic, double social, double psychosocial, double overall,
                                   boolean sustainable) {
    }
}

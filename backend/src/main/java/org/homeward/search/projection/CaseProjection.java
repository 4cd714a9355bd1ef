package org.homeward.search.projection;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.homeward.casefile.CaseSnapshot;
import org.homeward.casefile.CorrectedHistory;
import org.homeward.casefile.EntryCorrected;

/**
 * Folds one case's history, as corrected, into its search documents. A pure function of the events: the live
 * projection, a replay and a rebuild give the same documents for the same history (nothing here reads a clock).
 * One pass of a {@link CaseFold} over the corrected history gives the case document ({@link CaseDocuments}), and from
 * it the event ({@link EventDocuments}) and assessment ({@link AssessmentScoring}) documents.
 */
public final class CaseProjection {

    /** A wellbeing score at or below this on the latest check-in flags the case for attention. */
    static final int DISTRESS_SCORE = 3;

    private final AssessmentScoring scoring;

    public CaseProjection(AssessmentScoring scoring) {
        this.scoring = scoring;
    }

    public ProjectedCase project(List<StoredCaseEvent> stream) {
        CorrectedHistory history = new CorrectedHistory();
        Map<String, List<String>> correctedBy = new HashMap<>();
        for (StoredCaseEvent stored : stream) {
            history.add(stored.eventId(), stored.event());
            if (stored.event() instanceof EntryCorrected correction) {
                correctedBy.computeIfAbsent(correction.correctedEventId(), id -> new ArrayList<>()).add(stored.eventId());
            }
        }
        CaseSnapshot snapshot = history.snapshot();
        CaseFold fold = new CaseFold(snapshot);
        List<StoredCaseEvent> corrected = stream.stream().map(stored -> new StoredCaseEvent(stored.eventId(),
                stored.sequence(), stored.recordedAt(), stored.recordedBy(), stored.recordedForOffice(),
                history.get(stored.eventId()))).toList();
        corrected.forEach(fold::apply);
        StoredCaseEvent first = stream.getFirst();
        StoredCaseEvent last = stream.getLast();
        CaseDocument caseDocument = CaseDocuments.of(fold, first, last, stream.size());
        List<CaseEventDocument> events = corrected.stream()
                .map(stored -> EventDocuments.of(stored, caseDocument,
                        correctedBy.getOrDefault(stored.eventId(), List.of()), fold::resolution))
                .toList();
        List<AssessmentDocument> assessments = scoring.assessments(corrected, caseDocument, fold.supportReceivedBy());
        return new ProjectedCase(withLatestAssessment(caseDocument, assessments), events, assessments);
    }

    private static CaseDocument withLatestAssessment(CaseDocument document, List<AssessmentDocument> assessments) {
        return assessments.stream().max(Comparator.comparing(AssessmentDocument::assessedOn)
                        .thenComparing(AssessmentDocument::recordedAt))
                .map(latest -> {
                    CaseDocument.LatestAssessment summary = new CaseDocument.LatestAssessment(latest.assessmentId(),
                            latest.assessedOn(), latest.monthsSinceReturn(), latest.scoredWith(), latest.economic(),
                            latest.social(), latest.psychosocial(), latest.overall(), latest.sustainable());
                    List<String> flags = latest.sustainable() ? document.flags()
                            : Stream.concat(document.flags().stream(), Stream.of(Flags.NOT_SUSTAINABLE)).sorted().toList();
                    return document.withLatestAssessment(summary, flags);
                })
                .orElse(document);
    }

    static String birthYearBand(int birthYear) {
        int from = birthYear - Math.floorMod(birthYear, 5);
        return from + "-" + (from + 4);
    }

    static String quarter(LocalDate date) {
        return date == null ? null : date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }

    /** Whole months between the return and a date, rounded to the nearest; null before the return. */
    static Integer monthsSince(LocalDate returnedOn, LocalDate date) {
        if (returnedOn == null || date == null || date.isBefore(returnedOn)) {
            return null;
        }
        return (int) Math.round(ChronoUnit.DAYS.between(returnedOn, date) / 30.4375);
    }

    /** Flags officers and managers filter on; each says why a case needs a look. */
    static final class Flags {
        static final String CONSENT_WITHDRAWN = "CONSENT_WITHDRAWN";
        static final String NOT_A_VICTIM = "SCREENED_OUT";
        static final String FOLLOW_UP_MISSED = "FOLLOW_UP_MISSED";
        static final String SAFETY_CONCERN = "SAFETY_CONCERN";
        static final String DISTRESS = "DISTRESS";
        static final String BUSINESS_NOT_OPERATING = "BUSINESS_NOT_OPERATING";
        static final String NOT_SUSTAINABLE = "NOT_SUSTAINABLE";
        static final String REOPENED = "REOPENED";

        private Flags() {
        }
    }

    /** The broad kinds of support that facets and outcome cohorts compare. */
    public enum SupportKind {
        TRANSIT_ASSISTANCE, ECONOMIC_SUPPORT, SOCIAL_SUPPORT, PSYCHOSOCIAL_SUPPORT, BUSINESS_GRANT, REFERRAL
    }

    /** The kinds of support given on or before a date. */
    @FunctionalInterface
    public interface SupportReceived {
        List<String> by(LocalDate date);
    }
}

package org.homeward.search.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One reintegration assessment in the {@code assessments} index, scored by the current scoring scheme, with the
 * cohort the person belongs to and the kinds of support received up to the assessment. {@code scores} holds the
 * assessment scored under every scheme version that can read its answers, so a rescoring keeps the older scores.
 */
public record AssessmentDocument(
        String assessmentId,
        String caseId,
        String reference,
        String office,
        LocalDate assessedOn,
        Instant recordedAt,
        LocalDate returnedOn,
        String returnQuarter,
        Integer monthsSinceReturn,
        String answeredScheme,
        String scoredWith,
        double economic,
        double social,
        double psychosocial,
        double overall,
        boolean sustainable,
        String sex,
        String birthYearBand,
        String nationality,
        List<String> exploitationCountries,
        List<String> supportReceived,
        List<SchemeScores> scores) {

    /** The scores of one scheme version. */
    public record SchemeScores(String scheme, double economic, double social, double psychosocial, double overall,
                               boolean sustainable) {
    }
}

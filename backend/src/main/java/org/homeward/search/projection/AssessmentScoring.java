package org.homeward.search.projection;

import java.util.List;

import org.homeward.casefile.CaseEvent;

/** Scores a case's reintegration assessments with the current scoring scheme, for the {@code assessments} index. */
@org.springframework.stereotype.Component
public class AssessmentScoring {

    static boolean isAssessment(CaseEvent event) {
        return false;
    }

    static String schemeOf(CaseEvent event) {
        return null;
    }

    List<AssessmentDocument> assessments(List<StoredCaseEvent> corrected, CaseDocument caseDocument,
                                         CaseProjection.SupportReceived supportReceived) {
        return List.of();
    }
}

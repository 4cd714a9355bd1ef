package org.homeward.search.projection;

import java.util.ArrayList;
import java.util.List;

import org.homeward.casefile.CaseEvent;
import org.homeward.casefile.assessment.AssessmentScores;
import org.homeward.casefile.assessment.ReintegrationAssessed;
import org.homeward.casefile.assessment.ScoringScheme;
import org.homeward.casefile.assessment.ScoringSchemes;
import org.springframework.stereotype.Component;

/**
 * Scores a case's reintegration assessments for the {@code assessments} index. Events hold answers only; the score
 * comes from the newest scoring scheme that can read them (else the scheme they were given under), so rebuilding
 * the index after a new scheme version is published rescores every past assessment.
 */
@Component
public class AssessmentScoring {

    private final ScoringSchemes schemes;

    public AssessmentScoring(ScoringSchemes schemes) {
        this.schemes = schemes;
    }

    static boolean isAssessment(CaseEvent event) {
        return event instanceof ReintegrationAssessed;
    }

    static String schemeOf(CaseEvent event) {
        return event instanceof ReintegrationAssessed assessed ? assessed.schemeVersion() : null;
    }

    AssessmentScores score(ReintegrationAssessed assessed) {
        ScoringScheme newest = schemes.newest();
        if (newest.problemWith(assessed.answers()).isEmpty()) {
            return newest.score(assessed.answers());
        }
        return schemes.score(assessed.schemeVersion(), assessed.answers());
    }

    /** The answers scored under every scheme version that can read them, oldest first. */
    List<AssessmentDocument.SchemeScores> everyScheme(ReintegrationAssessed assessed) {
        return schemes.all().stream()
                .filter(scheme -> scheme.id().equals(assessed.schemeVersion()) || scheme.problemWith(assessed.answers()).isEmpty())
                .map(scheme -> scheme.score(assessed.answers()))
                .map(scores -> new AssessmentDocument.SchemeScores(scores.schemeVersion(), scores.economic(),
                        scores.social(), scores.psychosocial(), scores.overall(), scores.sustainable()))
                .toList();
    }

    List<AssessmentDocument> assessments(List<StoredCaseEvent> corrected, CaseDocument caseDocument,
                                         CaseProjection.SupportReceived supportReceived) {
        List<AssessmentDocument> documents = new ArrayList<>();
        for (StoredCaseEvent stored : corrected) {
            if (stored.event() instanceof ReintegrationAssessed assessed) {
                AssessmentScores scores = score(assessed);
                documents.add(new AssessmentDocument(assessed.assessmentId().toString(), caseDocument.caseId(),
                        caseDocument.reference(), caseDocument.office(), assessed.effectiveOn(), stored.recordedAt(),
                        caseDocument.returnedOn(), caseDocument.returnQuarter(),
                        CaseProjection.monthsSince(caseDocument.returnedOn(), assessed.effectiveOn()),
                        assessed.schemeVersion(), scores.schemeVersion(), scores.economic(), scores.social(),
                        scores.psychosocial(), scores.overall(), scores.sustainable(), caseDocument.sex(),
                        caseDocument.birthYearBand(), caseDocument.nationality(), caseDocument.exploitationCountries(),
                        supportReceived.by(assessed.effectiveOn()), everyScheme(assessed)));
            }
        }
        return documents;
    }
}

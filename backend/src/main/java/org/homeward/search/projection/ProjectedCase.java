package org.homeward.search.projection;

import java.util.List;

/** Every search document that one case's history gives, at one point of that history. */
public record ProjectedCase(CaseDocument caseDocument, List<CaseEventDocument> eventDocuments,
                            List<AssessmentDocument> assessmentDocuments) {
}

package org.homeward.search.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.homeward.search.SearchFamily;

/** The documents to write after an event: all of them, or only those that differ from what was last written. */
final class CaseDocumentChanges {

    private CaseDocumentChanges() {
    }

    static List<IndexDocument> between(ProjectedCase before, ProjectedCase after, long version) {
        List<IndexDocument> writes = new ArrayList<>();
        String caseId = after.caseDocument().caseId();
        writes.add(new IndexDocument(SearchFamily.CASES, caseId, caseId, version, after.caseDocument()));
        changed(before == null ? null : before.eventDocuments(), after.eventDocuments(), CaseEventDocument::eventId)
                .forEach(document -> writes.add(new IndexDocument(SearchFamily.CASE_EVENTS, caseId,
                        document.eventId(), version, document)));
        changed(before == null ? null : before.assessmentDocuments(), after.assessmentDocuments(),
                AssessmentDocument::assessmentId)
                .forEach(document -> writes.add(new IndexDocument(SearchFamily.ASSESSMENTS, caseId,
                        document.assessmentId(), version, document)));
        return writes;
    }

    private static <T> List<T> changed(List<T> before, List<T> after, Function<T, String> id) {
        if (before == null) {
            return after;
        }
        Map<String, T> previous = new HashMap<>();
        before.forEach(document -> previous.put(id.apply(document), document));
        return after.stream().filter(document -> !Objects.equals(previous.get(id.apply(document)), document)).toList();
    }
}

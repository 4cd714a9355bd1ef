package org.homeward.search.projection;

import java.util.List;

/** Every document of a case, for writers that start from nothing (a rebuild). */
public final class CaseDocumentWrites {

    private CaseDocumentWrites() {
    }

    public static List<IndexDocument> all(ProjectedCase documents, long version) {
        return CaseDocumentChanges.between(null, documents, version);
    }
}

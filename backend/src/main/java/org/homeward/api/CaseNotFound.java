package org.homeward.api;

import java.util.UUID;

/** No case with this id, or none the caller may see: the two are answered alike. */
class CaseNotFound extends RuntimeException {

    CaseNotFound(UUID caseId) {
        super("No case " + caseId);
    }
}

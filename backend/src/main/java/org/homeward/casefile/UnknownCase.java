package org.homeward.casefile;

import java.util.UUID;

/** No such case, or none the user may see: both are answered alike, so that ids reveal nothing. */
public class UnknownCase extends RuntimeException {

    public UnknownCase(UUID caseId) {
        super("No case " + caseId);
    }
}

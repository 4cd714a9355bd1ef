package org.homeward.privacy;

import java.util.UUID;

/** Nothing can be sealed for a case whose key was destroyed: its personal data were erased for good. */
public class KeyDestroyed extends IllegalStateException {

    public KeyDestroyed(UUID caseId) {
        super("The personal data of case " + caseId + " were erased; nothing personal can be recorded for it again");
    }
}

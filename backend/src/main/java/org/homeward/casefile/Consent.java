package org.homeward.casefile;

/** What the person agreed to when the case was opened. */
public record Consent(boolean dataProcessing, boolean dataSharing) {
}

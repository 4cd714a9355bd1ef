package org.homeward.casefile;

public enum ReopeningReason {
    CONTACT_RESUMED, NEW_NEEDS, CLOSED_IN_ERROR, OTHER
}

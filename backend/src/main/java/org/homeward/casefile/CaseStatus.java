package org.homeward.casefile;

public enum CaseStatus {
    OPEN, CLOSED
}

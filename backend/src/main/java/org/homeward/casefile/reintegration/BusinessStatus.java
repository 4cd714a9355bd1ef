package org.homeward.casefile.reintegration;

public enum BusinessStatus {
    OPERATING, SUSPENDED, CLOSED
}

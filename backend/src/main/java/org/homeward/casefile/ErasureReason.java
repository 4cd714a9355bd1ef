package org.homeward.casefile;

/** Why a case's personal data are erased: the survivor asked, or the retention period of the data ran out. */
public enum ErasureReason {
    SURVIVOR_REQUEST, RETENTION_EXPIRED
}

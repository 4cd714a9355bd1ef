package org.homeward.casefile;

public enum ClosureReason {
    REINTEGRATED, LOST_CONTACT, RE_MIGRATED, WITHDREW, DECEASED, TRANSFERRED_OUT
}

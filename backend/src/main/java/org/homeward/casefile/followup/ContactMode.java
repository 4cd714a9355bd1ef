package org.homeward.casefile.followup;

public enum ContactMode {
    IN_PERSON, HOME_VISIT, PHONE, VIDEO, MESSAGING
}

package org.homeward.casefile.reintegration;

public enum CheckInMode {
    IN_PERSON, HOME_VISIT, PHONE, VIDEO, MESSAGING
}

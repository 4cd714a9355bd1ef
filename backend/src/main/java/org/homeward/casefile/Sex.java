package org.homeward.casefile;

public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}

package org.homeward.casefile;

/**
 * What the case file asks of the users it does not keep: whether someone a case would go to is an officer of the
 * office, and the refusal the callers know as "not allowed". Implemented by the security package.
 */
public interface Actors {

    /** Whether the user exists and is an officer of the office. */
    boolean isOfficerOf(String username, String office);

    /** The exception that tells the caller they may not do this (a 403 on the API). */
    RuntimeException denied(String reason);
}

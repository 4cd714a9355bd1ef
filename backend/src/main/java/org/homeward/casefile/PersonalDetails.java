package org.homeward.casefile;

/**
 * Identifying details of the person. They exist in clear only in memory: events carry them sealed with the
 * case's own key (see {@link SealedPersonalDetails}), read models never carry them.
 */
public record PersonalDetails(String fullName, String phone) {

    @Override
    public String toString() {
        // Never let a name or a phone number slip into a log line.
        return "PersonalDetails[redacted]";
    }
}

package org.homeward.snapshot;

/** A snapshot request that cannot be carried out, with the field at fault and why; nothing was changed. */
public class SnapshotRefused extends RuntimeException {

    public enum Reason {
        NAME_MISSING("name", "is required"),
        NAME_TOO_LONG("name", "is longer than " + PortfolioSnapshots.MAX_NAME + " characters"),
        NAME_TAKEN("name", "is already the name of another snapshot"),
        DATE_MISSING("asKnownOn", "is required"),
        DATE_TO_COME("asKnownOn", "is still to come: a snapshot holds what was known on a day gone by");

        private final String field;
        private final String message;

        Reason(String field, String message) {
            this.field = field;
            this.message = message;
        }
    }

    private final Reason reason;

    public SnapshotRefused(Reason reason) {
        super(reason.message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return reason.field;
    }
}

package org.homeward.snapshot;

/** A snapshot request that cannot be carried out, with the field at fault; nothing was changed. */
public class SnapshotRefused extends RuntimeException {

    private final String field;

    public SnapshotRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

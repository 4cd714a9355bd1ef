package org.homeward.casefile;

/** Meta-data keys saying who recorded an event and for which office; Axon copies them from command to events. */
public final class RecordedBy {

    public static final String USER = "recordedBy";
    public static final String OFFICE = "recordedByOffice";

    private RecordedBy() {
    }
}

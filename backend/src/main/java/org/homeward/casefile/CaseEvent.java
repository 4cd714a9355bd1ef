package org.homeward.casefile;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A fact in a case's history. Besides its own fields every event has an effective date (when the thing happened,
 * often earlier than when it was recorded); who recorded it, for which office and when travel with it as Axon
 * meta-data and time stamp.
 */
public interface CaseEvent {

    UUID caseId();

    LocalDate effectiveOn();
}

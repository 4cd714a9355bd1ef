package org.homeward.casefile.reintegration;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.axonframework.serialization.Revision;
import org.homeward.casefile.CaseEvent;

@Revision("1")
public record PsychosocialCheckInRecorded(UUID caseId, CheckInMode mode, int wellbeingScore,
                                          Set<PsychosocialConcern> concerns, boolean referredToSpecialist,
                                          LocalDate effectiveOn) implements CaseEvent {

    public static final int LOWEST_SCORE = 0;
    public static final int HIGHEST_SCORE = 10;
}

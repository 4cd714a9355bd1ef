package org.homeward.casefile;

import java.time.Clock;
import java.util.UUID;

import org.homeward.casefile.assessment.ScoringSchemes;

/**
 * What the case gives each of its stages (identification, journey, reintegration, follow-up, assessment), whose
 * command handlers turn that stage's commands into events: the case's identifier, the little the stages need of
 * what the case recorded before, and the recording itself, under every rule of the case. Implemented by
 * {@link ReintegrationCase}, which holds the stages as Axon aggregate members.
 */
public interface StageRecorder {

    UUID caseId();

    /**
     * Records the event if the case's rules accept it, and answers its identifier, by which a correction can later
     * point at it.
     *
     * @param dateField the name under which the command gave the event's effective date, for a refusal to point at
     */
    String record(CaseEvent event, String dateField, Clock clock);

    /** As {@link #record(CaseEvent, String, Clock)}, for an assessment, whose answers are checked against its scheme. */
    String record(CaseEvent event, String dateField, Clock clock, ScoringSchemes schemes);

    /** How many tranches of the grant were paid so far (none for a grant the case does not have). */
    int tranchesPaid(UUID grantId);
}

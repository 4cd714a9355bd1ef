package org.homeward.casefile.reintegration;

/** Coded concerns: comparable across cases, and free of the personal detail a free-text note would carry. */
public enum PsychosocialConcern {
    SLEEP_PROBLEMS, ANXIETY, LOW_MOOD, TRAUMA_SYMPTOMS, SUBSTANCE_USE, FAMILY_CONFLICT, STIGMA, DEBT_PRESSURE,
    THREATS_FROM_TRAFFICKERS, SELF_HARM_RISK, OTHER
}

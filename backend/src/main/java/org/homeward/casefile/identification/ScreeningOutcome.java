package org.homeward.casefile.identification;

public enum ScreeningOutcome {
    IDENTIFIED_VICTIM, PRESUMED_VICTIM, NOT_A_VICTIM;

    public boolean isVictim() {
        return this != NOT_A_VICTIM;
    }
}

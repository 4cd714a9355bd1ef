package org.homeward.casefile;

import java.time.LocalDate;

import org.homeward.casefile.assessment.ScoringSchemes;

/**
 * The order in which the case checks an event: whether it accepts such an event at all ({@link HistoryRules}),
 * the event's own fields ({@link EventRules}), then what it must agree with in the history ({@link HistoryRules}).
 * Kept in one place because a refusal names the first rule broken, and a correction must meet the same rules in the
 * same order over the whole corrected history.
 */
final class CaseRules {

    private CaseRules() {
    }

    /** @param before the state before the event; {@code null} for the opening of a case */
    static void check(CaseEvent event, String dateField, CaseState before, LocalDate latestToday, ScoringSchemes schemes) {
        HistoryRules.checkAccepts(event, before);
        EventRules.check(event, dateField, before, latestToday, schemes);
        HistoryRules.checkAgainst(event, before, dateField);
    }

    /**
     * A corrected history must be one the case would have accepted: every event is checked again, in order,
     * against the state the corrected events before it lead to.
     */
    static void checkCorrected(CorrectedHistory corrected, LocalDate latestToday, ScoringSchemes schemes) {
        CaseState replayed = new CaseState();
        try {
            for (CaseEvent event : corrected.events()) {
                if (event instanceof EntryCorrected) {
                    continue; // its values are already in the events it corrected
                }
                HistoryRules.checkAccepts(event, replayed);
                EventRules.check(event, "correctedValues", event instanceof CaseOpened ? null : replayed, latestToday, schemes);
                HistoryRules.checkAgainst(event, replayed, "correctedValues");
                replayed.apply(event);
            }
        } catch (IllegalArgumentException mismatch) {
            throw new CaseRuleViolation("correctedValues", "the corrected amounts do not match their grant's currency");
        }
    }
}

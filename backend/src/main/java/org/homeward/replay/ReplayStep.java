package org.homeward.replay;

import java.util.List;

import org.homeward.search.projection.CaseDocument;
import org.homeward.search.projection.CaseEventDocument;

/**
 * One event of a case's history and the case's state right after it, as the history up to that event tells it.
 *
 * @param step    0 for the opening, then one per event in the order they were recorded
 * @param event   the event (pseudonymous fields only), with the corrections recorded up to this step applied
 * @param state   the case after this step
 * @param changed the fields of the state this event changed (none for the opening, which sets them all)
 */
public record ReplayStep(int step, CaseEventDocument event, CaseDocument state, List<String> changed) {
}

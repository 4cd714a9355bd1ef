package org.homeward.casefile;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A case's events in order, each as corrected by any later {@link EntryCorrected} (which stays in the history
 * too). The aggregate decides with it; read models answer with it.
 */
public final class CorrectedHistory {

    private final Map<String, CaseEvent> events = new LinkedHashMap<>();

    public void add(String eventId, CaseEvent event) {
        if (event instanceof EntryCorrected correction) {
            events.computeIfPresent(correction.correctedEventId(),
                    (id, original) -> Corrections.apply(original, correction.correctedValues()));
        }
        events.put(eventId, event);
    }

    public CaseEvent get(String eventId) {
        return events.get(eventId);
    }

    public Collection<CaseEvent> events() {
        return Collections.unmodifiableCollection(events.values());
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }

    /** A copy in which one event is replaced, to try a correction before recording it. */
    CorrectedHistory with(String eventId, CaseEvent replacement) {
        CorrectedHistory copy = new CorrectedHistory();
        copy.events.putAll(events);
        copy.events.put(eventId, replacement);
        return copy;
    }

    /** The case as it stands after these events; the first event must be the case's opening. */
    public CaseSnapshot snapshot() {
        CaseState state = state();
        CaseOpened opening = (CaseOpened) events.values().iterator().next();
        return new CaseSnapshot(opening, state.status, state.office, state.officer, state.consentToDataProcessing,
                state.consentToDataSharing, state.exploitationStartedOn, state.screening, state.returnedOn,
                state.planAgreed, state.closedOn);
    }

    CaseState state() {
        CaseState state = new CaseState();
        events.values().forEach(state::apply);
        return state;
    }
}

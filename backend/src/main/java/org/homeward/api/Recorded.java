package org.homeward.api;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;

/**
 * What a recorded step of a case answers; {@code id} is the new grant's, follow-up's or assessment's identifier, if
 * any, which later steps refer to.
 */
record Recorded(UUID caseId, String eventId, UUID id) {

    /** 201 with the location of the history entry recorded. */
    static ResponseEntity<Recorded> recorded(UUID caseId, UUID id, String eventId) {
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/history/" + eventId))
                .body(new Recorded(caseId, eventId, id));
    }
}

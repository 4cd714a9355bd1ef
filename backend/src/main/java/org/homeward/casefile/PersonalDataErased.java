package org.homeward.casefile;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * The case's personal data were erased: its key was destroyed in the same transaction, so the sealed details and
 * notes earlier in the history are ciphertext no key opens. Who erased them and when travel with the event like any
 * other's.
 */
@Revision("1")
public record PersonalDataErased(UUID caseId, ErasureReason reason, LocalDate effectiveOn) implements CaseEvent {
}

package org.homeward.casefile;

import java.time.LocalDate;

import org.homeward.casefile.identification.ScreeningOutcome;

/** The non-personal current state of a case, after every correction: what read models and listings need. */
public record CaseSnapshot(CaseOpened opening, CaseStatus status, String office, String officer,
                           boolean consentToDataProcessing, boolean consentToDataSharing,
                           LocalDate exploitationBeganOn, ScreeningOutcome screening, LocalDate returnedOn,
                           boolean planAgreed, LocalDate closedOn) {
}

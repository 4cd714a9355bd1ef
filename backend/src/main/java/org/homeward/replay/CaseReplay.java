package org.homeward.replay;

import java.time.Instant;
import java.util.List;

/** A case's whole history replayed, step by step; {@code exportedAt} and {@code exportedBy} say who took it, when. */
public record CaseReplay(String caseId, String reference, Instant exportedAt, String exportedBy, List<ReplayStep> steps) {
}

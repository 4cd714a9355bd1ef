package org.homeward.casefile;

import java.util.UUID;

public record OpenedCase(UUID caseId, String reference) {
}

package org.homeward.casefile.journey;

public enum AssistanceKind {
    ACCOMMODATION, FOOD, LEGAL_COUNSELLING, INTERPRETATION, MEDICAL, DOCUMENTATION, OTHER
}

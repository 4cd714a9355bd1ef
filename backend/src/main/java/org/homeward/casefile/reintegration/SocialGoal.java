package org.homeward.casefile.reintegration;

public enum SocialGoal {
    FAMILY_RECONCILIATION, COMMUNITY_ACCEPTANCE, STABLE_HOUSING, CIVIL_DOCUMENTS, ACCESS_TO_HEALTH_CARE, NONE
}

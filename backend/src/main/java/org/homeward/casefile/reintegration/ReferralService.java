package org.homeward.casefile.reintegration;

public enum ReferralService {
    HEALTH, MENTAL_HEALTH, LEGAL_AID, EDUCATION, EMPLOYMENT, SHELTER, SOCIAL_PROTECTION, LAW_ENFORCEMENT, OTHER
}

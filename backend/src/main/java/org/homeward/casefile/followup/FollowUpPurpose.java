package org.homeward.casefile.followup;

public enum FollowUpPurpose {
    CHECK_IN, HOME_VISIT, REINTEGRATION_ASSESSMENT, BUSINESS_MONITORING
}

package org.homeward.casefile.identification;

public enum RecruitmentChannel {
    SOCIAL_MEDIA, ONLINE_JOB_ADVERT, FRIEND_OR_RELATIVE, RECRUITMENT_AGENCY, OTHER, UNKNOWN
}

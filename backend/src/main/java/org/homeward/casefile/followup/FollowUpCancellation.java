package org.homeward.casefile.followup;

/** Why a follow-up that was still pending will not take place. */
public enum FollowUpCancellation {
    /** The case was closed; reopening it does not bring the follow-up back (officers schedule anew). */
    CASE_CLOSED
}

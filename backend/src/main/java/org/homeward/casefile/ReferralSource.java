package org.homeward.casefile;

/** Who referred the person to the programme. */
public enum ReferralSource {
    EMBASSY, GOVERNMENT, NGO, IOM, SELF, OTHER
}

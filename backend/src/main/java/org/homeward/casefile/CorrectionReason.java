package org.homeward.casefile;

/** Why an entry was corrected; coded, so that no free text (which might name someone) enters the history. */
public enum CorrectionReason {
    TYPING_ERROR, WRONG_DATE, WRONG_OPTION_CHOSEN, LATER_INFORMATION, OTHER
}

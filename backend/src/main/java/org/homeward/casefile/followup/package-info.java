/**
 * Follow-up contacts: scheduled (by hand, or by the programme's {@link org.homeward.casefile.followup.FollowUpPlan}
 * when the return home is recorded), then completed or missed, or cancelled when the case is closed.
 */
package org.homeward.casefile.followup;

package org.homeward.outcomes;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The dashboard's headline figures. Shares are 0–1 and null when nobody was assessed (or reported on) in that window;
 * each comes with how many it was computed from.
 *
 * @param activeCases                 open cases
 * @param returnedThisQuarter         cases whose return home falls in the current calendar quarter
 * @param casesWithOverdueFollowUp    open cases with a follow-up pending past its due date and the grace period
 * @param sustainableAt6Months        share of assessments about 6 months after the return (5–7) that are sustainable
 * @param sustainableAt12Months       the same about 12 months after the return (11–13)
 * @param grantsDisbursed             business-grant money paid out, by currency
 * @param businessOperatingAt6Months  share of business status reports about 6 months after the return that say the
 *                                    business is operating
 * @param businessOperatingAt12Months the same about 12 months after the return
 */
public record Headline(long activeCases, long returnedThisQuarter, long casesWithOverdueFollowUp,
                       Share sustainableAt6Months, Share sustainableAt12Months, Map<String, BigDecimal> grantsDisbursed,
                       Share businessOperatingAt6Months, Share businessOperatingAt12Months) {

    /** A share and how many it was computed from. */
    public record Share(Double value, long of) {
        static Share of(long part, long whole) {
            return new Share(whole == 0 ? null : (double) part / whole, whole);
        }
    }
}

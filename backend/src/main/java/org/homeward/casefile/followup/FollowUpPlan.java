package org.homeward.casefile.followup;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The programme's follow-up plan: the months after the return home at which a follow-up is due. The case records
 * one {@link FollowUpScheduled} per month when the return is recorded, due {@code months} after the return date;
 * the assessment months are due as {@link FollowUpPurpose#REINTEGRATION_ASSESSMENT}, the others as
 * {@link FollowUpPurpose#CHECK_IN}.
 *
 * @param months ascending, each from 1 to {@link #LONGEST_MONTHS}
 */
public record FollowUpPlan(List<Integer> months) {

    /** The plan when nothing is configured: 1, 3, 6, 12, 18 and 24 months after the return. */
    public static final FollowUpPlan DEFAULT = new FollowUpPlan(List.of(1, 3, 6, 12, 18, 24));
    /**
     * The latest month a plan may name: a follow-up is never due more than five years after it is scheduled (a rule
     * of the case, see {@code EventRules}), so a plan beyond 60 months would make every return home refused.
     */
    public static final int LONGEST_MONTHS = 60;
    /** The months whose follow-up is a reintegration assessment; every other one is a check-in. */
    private static final Set<Integer> ASSESSMENT_MONTHS = Set.of(6, 12, 24);

    /** One follow-up of the plan, as the case records it. */
    public record Planned(int month, UUID followUpId, FollowUpPurpose purpose, LocalDate dueOn) {
    }

    public FollowUpPlan {
        if (months == null || months.isEmpty()) {
            throw new IllegalArgumentException("a follow-up plan names at least one month");
        }
        months = List.copyOf(months);
        for (int i = 0; i < months.size(); i++) {
            int month = months.get(i);
            if (month < 1 || month > LONGEST_MONTHS) {
                throw new IllegalArgumentException("follow-up plan months run from 1 to " + LONGEST_MONTHS + ", not " + month);
            }
            if (i > 0 && month <= months.get(i - 1)) {
                throw new IllegalArgumentException("follow-up plan months must be ascending: " + months);
            }
        }
    }

    /**
     * A plan from its configured form, such as {@code "1,3,6,12,18,24"}.
     *
     * @throws IllegalArgumentException naming the value when it is not a list of whole months as required
     */
    public static FollowUpPlan parse(String months) {
        List<Integer> parsed = new ArrayList<>();
        for (String month : (months == null ? "" : months).split(",")) {
            if (month.isBlank()) {
                continue;
            }
            try {
                parsed.add(Integer.parseInt(month.strip()));
            } catch (NumberFormatException notANumber) {
                throw new IllegalArgumentException("follow-up plan months must be whole numbers: \"" + months + "\"");
            }
        }
        return new FollowUpPlan(parsed);
    }

    /** The follow-ups of the plan for a return home on {@code returnedOn}, in the order of the months. */
    public List<Planned> followUps(UUID caseId, LocalDate returnedOn) {
        return months.stream().map(month -> new Planned(month, followUpId(caseId, month), purposeAt(month),
                returnedOn.plusMonths(month))).toList();
    }

    /**
     * The identifier of the plan's follow-up {@code month} months after the return: derived from the case and the
     * month (a name-based UUID), so that a replay, a test or the demo caseload can name it before it is recorded.
     */
    public static UUID followUpId(UUID caseId, int month) {
        return UUID.nameUUIDFromBytes(("follow-up plan " + caseId + " month " + month).getBytes(StandardCharsets.UTF_8));
    }

    static FollowUpPurpose purposeAt(int month) {
        return ASSESSMENT_MONTHS.contains(month) ? FollowUpPurpose.REINTEGRATION_ASSESSMENT : FollowUpPurpose.CHECK_IN;
    }
}

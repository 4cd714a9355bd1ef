package org.homeward.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.homeward.casefile.assessment.RecordReintegrationAssessment;
import org.homeward.casefile.assessment.ScoringScheme;

/**
 * The reintegration assessments of a synthetic case, about 3, 6 and 12 months after the return (18 and 24 for some),
 * drawn from the journey's own random numbers (so a seed still makes the same caseload).
 */
final class SyntheticAssessments {

    /** Months after the return at which people are assessed; the last two only for those followed longer. */
    private static final int[] ASSESSED_AFTER_MONTHS = {3, 6, 12, 18, 24};
    private static final String INCOME_ACTIVITY = "economic.income_activity";
    private static final String WORK_SATISFACTION = "economic.work_satisfaction";

    private final Random random;
    private final LocalDate today;
    private final ScoringScheme scheme;

    SyntheticAssessments(Random random, LocalDate today, ScoringScheme scheme) {
        this.random = random;
        this.today = today;
        this.scheme = scheme;
    }

    /**
     * Adds the case's assessments dated up to today (none for about one person in ten, never reached).
     * Each dimension has a level from 0 to 1: low at the first assessment for most people, rising by a varying step
     * at each later one; for about one person in five it starts higher and falls (debts, stigma, no work). Each answer
     * is the step of its indicator's scale nearest to the level give or take some noise; "not applicable" answers
     * (no school-age children, no work) stay the same person's from one assessment to the next.
     */
    void add(List<Object> steps, UUID caseId, LocalDate returnedOn) {
        if (random.nextInt(10) == 0) {
            return; // never reached for an assessment
        }
        boolean declining = random.nextInt(5) == 0;
        int assessments = random.nextInt(10) < 4 ? ASSESSED_AFTER_MONTHS.length : 3;
        List<ScoringScheme.Dimension> dimensions = scheme.dimensions();
        double[] level = new double[dimensions.size()];
        double[] step = new double[dimensions.size()];
        for (int d = 0; d < level.length; d++) {
            level[d] = declining ? 0.45 + 0.25 * random.nextDouble() : 0.15 + 0.3 * random.nextDouble();
            step[d] = declining ? -(0.04 + 0.08 * random.nextDouble()) : 0.05 + 0.12 * random.nextDouble();
        }
        Map<String, Boolean> applies = new LinkedHashMap<>();
        scheme.indicators().stream().filter(indicator -> indicator.notApplicable() != null)
                .forEach(indicator -> applies.put(indicator.code(), random.nextInt(10) < 6));
        for (int a = 0; a < assessments; a++) {
            LocalDate assessedOn = returnedOn.plusMonths(ASSESSED_AFTER_MONTHS[a]).plusDays(random.nextInt(14));
            Map<String, String> answers = new LinkedHashMap<>();
            for (int d = 0; d < dimensions.size(); d++) {
                double dimensionLevel = Math.clamp(level[d] + a * step[d], 0.0, 1.0);
                for (ScoringScheme.Indicator indicator : dimensions.get(d).indicators()) {
                    answers.put(indicator.code(), answer(indicator, dimensionLevel, applies, answers));
                }
            }
            UUID assessmentId = UUID.nameUUIDFromBytes(("assessment " + random.nextLong()).getBytes(StandardCharsets.UTF_8));
            if (!assessedOn.isAfter(today) && random.nextInt(8) > 0) {
                steps.add(new RecordReintegrationAssessment(caseId, assessmentId, assessedOn, scheme.id(), answers));
            }
        }
    }

    private String answer(ScoringScheme.Indicator indicator, double level, Map<String, Boolean> applies,
                          Map<String, String> answersSoFar) {
        double target = level + 0.18 * random.nextGaussian();
        boolean applicable = WORK_SATISFACTION.equals(indicator.code())
                ? !withoutIncome(answersSoFar) // no work, no satisfaction with it
                : applies.getOrDefault(indicator.code(), true);
        if (!applicable && indicator.notApplicable() != null) {
            return indicator.notApplicable().code();
        }
        return indicator.scale().stream().min(Comparator.comparingDouble(answer -> Math.abs(answer.value() - target)))
                .orElseThrow().code();
    }

    private boolean withoutIncome(Map<String, String> answers) {
        return scheme.indicator(INCOME_ACTIVITY)
                .map(income -> income.scale().getFirst().code().equals(answers.get(INCOME_ACTIVITY))).orElse(false);
    }
}

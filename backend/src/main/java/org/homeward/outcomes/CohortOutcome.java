package org.homeward.outcomes;

/**
 * The outcome of one cohort (a value of a {@link CohortDimension}, such as nationality {@code KE}): how many
 * assessments, the share of them that are sustainable and the median overall score.
 */
public record CohortOutcome(String cohort, long assessments, Headline.Share sustainable, double medianOverall) {
}

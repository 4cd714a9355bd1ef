package org.homeward.outcomes;

/**
 * Scores of one dimension (or overall) in one window of months since the return: how many assessments, and the
 * quartiles (the median and the spread around it).
 */
public record TrajectoryPoint(int monthsSinceReturn, long assessments, double lowerQuartile, double median,
                              double upperQuartile) {
}

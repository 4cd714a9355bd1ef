package org.homeward.casefile.assessment;

/**
 * The scores of one set of answers under one scheme, each from 0 (worst) to 1 (best). {@code sustainable} is whether
 * they reach the scheme's threshold.
 *
 * @param schemeVersion the id of the scheme that computed them (not necessarily the one the answers were given under)
 */
public record AssessmentScores(String schemeVersion, double economic, double social, double psychosocial,
                               double overall, boolean sustainable) {
}

package org.homeward.outcomes;

import java.time.LocalDate;
import java.util.List;

/** Every figure of the outcomes dashboard for one filter, as of one day. */
public record Dashboard(LocalDate asOf, OutcomeFilter filter, Headline headline, String dimension, String scheme,
                        List<TrajectoryPoint> trajectory, CohortDimension cohortsBy, AssessmentWindow cohortWindow,
                        List<CohortOutcome> cohorts, List<ComplianceMonth> followUpCompliance,
                        List<SupportMonth> supportDelivered) {
}

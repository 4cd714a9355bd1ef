package org.homeward.outcomes;

import java.time.LocalDate;
import java.util.List;

/**
 * What every figure and chart of the outcomes dashboard is limited to: offices (within the viewer's own), a period
 * of return, nationalities and cohorts (quarters of return). Empty means no limit.
 */
public record OutcomeFilter(List<String> offices, LocalDate returnedFrom, LocalDate returnedTo,
                            List<String> nationalities, List<String> cohorts) {

    public OutcomeFilter {
        offices = offices == null ? List.of() : List.copyOf(offices);
        nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
        cohorts = cohorts == null ? List.of() : List.copyOf(cohorts);
    }

    public static OutcomeFilter none() {
        return new OutcomeFilter(List.of(), null, null, List.of(), List.of());
    }
}

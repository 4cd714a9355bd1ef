package org.homeward.api;

import java.time.LocalDate;
import java.util.List;

import org.homeward.outcomes.AssessmentWindow;
import org.homeward.outcomes.CohortDimension;
import org.homeward.outcomes.OutcomeFilter;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;

/**
 * The query parameters of {@code GET /api/outcomes}: the dashboard's filters (repeat a parameter for several values)
 * and what its charts show.
 */
record OutcomesRequest(
        List<@KnownOffice String> office,
        List<@CountryCode String> nationality,
        @Schema(description = "Quarters of return, such as 2026-Q1")
        List<@Pattern(regexp = "\\d{4}-Q[1-4]", message = "must be a quarter such as 2026-Q1") String> cohort,
        @Schema(description = "Returned home on or after this date (YYYY-MM-DD)") LocalDate returnedFrom,
        @Schema(description = "Returned home on or before this date (YYYY-MM-DD)") LocalDate returnedTo,
        @Schema(description = "The score the trajectory shows (default overall)")
        @Pattern(regexp = "overall|economic|social|psychosocial", message = "must be overall, economic, social or psychosocial")
        String dimension,
        @Schema(description = "A scoring scheme version to draw the trajectory with, to compare with the newest (default)")
        @KnownScoringScheme String scheme,
        @Schema(description = "What cohorts are compared by (default RETURN_QUARTER)")
        @Pattern(regexp = "RETURN_QUARTER|NATIONALITY|EXPLOITATION_COUNTRY|SEX|OFFICE|SUPPORT_RECEIVED",
                message = "must be RETURN_QUARTER, NATIONALITY, EXPLOITATION_COUNTRY, SEX, OFFICE or SUPPORT_RECEIVED")
        String cohortsBy,
        @Schema(description = "Which assessments cohorts are compared on, by months since the return (default MONTHS_12)")
        @Pattern(regexp = "ANY|MONTHS_6|MONTHS_12|MONTHS_24", message = "must be ANY, MONTHS_6, MONTHS_12 or MONTHS_24")
        String window) {

    @AssertTrue(message = "returnedFrom must not be after returnedTo")
    @Schema(hidden = true)
    boolean isReturnPeriod() {
        return returnedFrom == null || returnedTo == null || !returnedFrom.isAfter(returnedTo);
    }

    OutcomeFilter filter() {
        return new OutcomeFilter(office, returnedFrom, returnedTo, nationality, cohort);
    }

    String dimensionOrDefault() {
        return dimension == null ? "overall" : dimension;
    }

    CohortDimension cohortsByOrDefault() {
        return cohortsBy == null ? CohortDimension.RETURN_QUARTER : CohortDimension.valueOf(cohortsBy);
    }

    AssessmentWindow windowOrDefault() {
        return window == null ? AssessmentWindow.MONTHS_12 : AssessmentWindow.valueOf(window);
    }
}

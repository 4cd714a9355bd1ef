package org.homeward.api;

import java.time.Clock;
import java.time.LocalDate;

import org.homeward.outcomes.Dashboard;
import org.homeward.outcomes.OutcomeCsv;
import org.homeward.outcomes.OutcomeFigures;
import org.homeward.security.HomewardUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

/** The outcomes dashboard's figures for managers, as JSON or one chart at a time as CSV; only the caller's offices. */
@RestController
@RequestMapping("/api/outcomes")
class OutcomesController {

    private final OutcomeFigures figures;
    private final Clock clock;

    OutcomesController(OutcomeFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Outcome figures", description = "Headline figures, score trajectory, cohorts compared, "
            + "follow-up compliance and support delivered over time, for the filters given. Pseudonymous aggregates.")
    Dashboard dashboard(@Valid @ModelAttribute OutcomesRequest request, @AuthenticationPrincipal HomewardUser viewer) {
        return compute(request, viewer);
    }

    @GetMapping("/{chart}.csv")
    @Operation(summary = "One chart as CSV", description = "chart: headline, trajectory, cohorts, "
            + "follow-up-compliance or support-delivered")
    ResponseEntity<String> csv(@PathVariable String chart, @Valid @ModelAttribute OutcomesRequest request,
                               @AuthenticationPrincipal HomewardUser viewer) {
        if (!OutcomeCsv.CHARTS.contains(chart)) {
            throw new UnknownResource("chart " + chart + "; charts: " + String.join(", ", OutcomeCsv.CHARTS));
        }
        Dashboard dashboard = compute(request, viewer);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("homeward-" + chart + "-" + dashboard.asOf() + ".csv").build().toString())
                .body(OutcomeCsv.of(chart, dashboard));
    }

    private Dashboard compute(OutcomesRequest request, HomewardUser viewer) {
        return figures.dashboard(viewer, request.filter(), LocalDate.now(clock), request.dimensionOrDefault(),
                request.scheme(), request.cohortsByOrDefault(), request.windowOrDefault());
    }
}

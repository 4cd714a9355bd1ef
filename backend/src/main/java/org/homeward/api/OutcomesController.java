package org.homeward.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.homeward.snapshot.PortfolioSnapshot;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.Parameter;

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

/** The outcomes dashboard's figures for managers and evaluators, live or from a portfolio snapshot, as JSON or one chart at a time as CSV; only the caller's offices. */
@RestController
@RequestMapping("/api/outcomes")
class OutcomesController {

    private final OutcomeFigures figures;
    private final SnapshotReads snapshots;
    private final Clock clock;

    OutcomesController(OutcomeFigures figures, SnapshotReads snapshots, Clock clock) {
        this.figures = figures;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Outcome figures", description = "Headline figures, score trajectory, cohorts compared, "
            + "follow-up compliance and support delivered over time, for the filters given. Pseudonymous aggregates.")
    Dashboard dashboard(@Valid @ModelAttribute OutcomesRequest request, @Parameter(description = SNAPSHOT)
                        @RequestParam(required = false) UUID snapshot, @AuthenticationPrincipal HomewardUser viewer) {
        return compute(request, snapshot, viewer);
    }

    @GetMapping("/{chart}.csv")
    @Operation(summary = "One chart as CSV", description = "chart: headline, trajectory, cohorts, "
            + "follow-up-compliance or support-delivered")
    ResponseEntity<String> csv(@PathVariable String chart, @Valid @ModelAttribute OutcomesRequest request,
                               @Parameter(description = SNAPSHOT) @RequestParam(required = false) UUID snapshot,
                               @AuthenticationPrincipal HomewardUser viewer) {
        if (!OutcomeCsv.CHARTS.contains(chart)) {
            throw new UnknownResource("chart " + chart + "; charts: " + String.join(", ", OutcomeCsv.CHARTS));
        }
        Dashboard dashboard = compute(request, snapshot, viewer);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("homeward-" + chart + "-" + dashboard.asOf() + ".csv").build().toString())
                .body(OutcomeCsv.of(chart, dashboard));
    }

    /** Live figures as of today, or a snapshot's as of its date. */
    private Dashboard compute(OutcomesRequest request, UUID snapshot, HomewardUser viewer) {
        OutcomeFigures from = figures;
        LocalDate today = LocalDate.now(clock);
        if (snapshot != null) {
            PortfolioSnapshot frozen = snapshots.readable(snapshot);
            from = figures.reading(frozen.indices());
            today = frozen.asKnownOn();
        }
        return from.dashboard(viewer, request.filter(), today, request.dimensionOrDefault(),
                request.scheme(), request.cohortsByOrDefault(), request.windowOrDefault());
    }

    static final String SNAPSHOT = "A ready portfolio snapshot to compute the figures from, as of its date (default: "
            + "the live figures as of today)";
}

package org.homeward.api;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.search.SearchOperations;
import org.homeward.search.projection.ParkedEvents;
import org.homeward.search.rebuild.ProjectionRebuilds;
import org.homeward.search.rebuild.RebuildStatus;
import org.homeward.security.HomewardUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

/** Operations on the search read models, for admins: state, rebuilds and parked events. */
@RestController
@RequestMapping("/api/admin/search")
class SearchAdminController {

    private final ProjectionRebuilds rebuilds;
    private final ParkedEvents parked;
    private final SearchOperations operations;

    SearchAdminController(ProjectionRebuilds rebuilds, ParkedEvents parked, SearchOperations operations) {
        this.rebuilds = rebuilds;
        this.parked = parked;
        this.operations = operations;
    }

    record RebuildRequest(List<@Pattern(regexp = "cases|case-events|assessments",
            message = "must be cases, case-events or assessments") String> families) {
    }

    @GetMapping
    @Operation(summary = "State of the search read models: indices, projection lag, parked events, running rebuild")
    SearchOperations.State state() {
        return operations.state();
    }

    @PostMapping("/rebuilds")
    @Operation(summary = "Rebuild indices from the event store (all families when none are given); the current "
            + "indices serve until the new ones are complete")
    ResponseEntity<RebuildStatus> rebuild(@Valid @RequestBody(required = false) RebuildRequest request,
                                          @AuthenticationPrincipal HomewardUser admin) {
        RebuildStatus started = rebuilds.start(request == null || request.families() == null ? List.of()
                : request.families(), admin.getUsername());
        return ResponseEntity.accepted().location(URI.create("/api/admin/search/rebuilds/" + started.rebuildId()))
                .body(started);
    }

    @GetMapping("/rebuilds")
    List<RebuildStatus> recentRebuilds() {
        return rebuilds.recent(20);
    }

    @GetMapping("/rebuilds/{rebuildId}")
    RebuildStatus rebuild(@PathVariable UUID rebuildId) {
        return rebuilds.status(rebuildId).orElseThrow(() -> new UnknownResource("rebuild " + rebuildId));
    }

    @GetMapping("/parked")
    @Operation(summary = "Cases whose events the search projection parked, with the cause")
    List<ParkedEvents.ParkedCase> parked() {
        return parked.list();
    }

    @PostMapping("/parked/{caseId}/retry")
    @Operation(summary = "Retry a parked case's events in order")
    Map<String, Object> retry(@PathVariable UUID caseId) {
        if (!parked.isParked(caseId.toString())) {
            throw new UnknownResource("parked case " + caseId);
        }
        boolean cleared = parked.retry(caseId.toString());
        return Map.of("caseId", caseId, "cleared", cleared);
    }

    @PostMapping("/parked/retry")
    @Operation(summary = "Retry every parked case once")
    Map<String, Object> retryAll() {
        return Map.of("stillParked", parked.retryAll());
    }
}

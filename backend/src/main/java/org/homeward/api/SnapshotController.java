package org.homeward.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.security.HomewardUser;
import org.homeward.snapshot.PortfolioSnapshot;
import org.homeward.snapshot.PortfolioSnapshots;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Portfolio snapshots: built by evaluators and managers, listed with who built them, when and from which event
 * position, read through {@code /api/outcomes?snapshot=} and {@code /api/search?snapshot=}, deleted by their builder
 * or an administrator. A snapshot holds no personal details.
 */
@RestController
@RequestMapping("/api/snapshots")
class SnapshotController {

    private final PortfolioSnapshots snapshots;

    SnapshotController(PortfolioSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    record BuildSnapshot(@Schema(description = "A name for the snapshot, unique, up to 100 characters") String name,
                         @Schema(description = "The day whose knowledge it holds: events recorded by its end (UTC)")
                         LocalDate asKnownOn) {
    }

    @PostMapping
    @Operation(summary = "Build a portfolio snapshot", description = "Replays the event store, in the background, into "
            + "read-only indices holding every case as known at the end of the date. Answers 202 at once; follow "
            + "the progress at the Location given.")
    ResponseEntity<PortfolioSnapshot> build(@RequestBody BuildSnapshot request,
                                            @AuthenticationPrincipal HomewardUser builder) {
        PortfolioSnapshot started = snapshots.build(request.name(), request.asKnownOn(), builder);
        return ResponseEntity.accepted().location(URI.create("/api/snapshots/" + started.id())).body(started);
    }

    @GetMapping
    @Operation(summary = "Every snapshot, newest first")
    List<PortfolioSnapshot> list() {
        return snapshots.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One snapshot, with its progress while it builds")
    PortfolioSnapshot get(@PathVariable UUID id) {
        return snapshots.find(id).orElseThrow(() -> new UnknownResource("snapshot " + id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a snapshot and its indices", description = "By whoever built it, or an administrator; "
            + "not while it is still building")
    ResponseEntity<Void> delete(@PathVariable UUID id, @AuthenticationPrincipal HomewardUser by) {
        snapshots.delete(snapshots.find(id).orElseThrow(() -> new UnknownResource("snapshot " + id)), by);
        return ResponseEntity.noContent().build();
    }
}

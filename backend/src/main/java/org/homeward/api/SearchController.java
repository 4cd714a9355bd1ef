package org.homeward.api;

import java.util.UUID;

import org.homeward.snapshot.PortfolioSnapshot;
import org.springframework.web.bind.annotation.RequestParam;

import org.homeward.search.CaseSearch;
import org.homeward.search.CaseSearchResult;
import org.homeward.security.HomewardUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;

/** Case search with facets; only ever over the caller's offices. */
@RestController
@RequestMapping("/api/search")
class SearchController {

    private final CaseSearch search;
    private final SnapshotReads snapshots;

    SearchController(CaseSearch search, SnapshotReads snapshots) {
        this.search = search;
        this.snapshots = snapshots;
    }

    @GetMapping
    @Operation(summary = "Search cases", description = "Full text over the case reference and coded fields, filters, "
            + "facet counts (each computed with the other filters applied), sort and paging. Pseudonymous: results "
            + "hold no personal details.")
    CaseSearchResult search(@Valid @ModelAttribute @Parameter(hidden = false) SearchRequest request,
                            @Parameter(description = "A ready portfolio snapshot to search instead of the live cases; "
                                    + "overdue then means overdue on the snapshot's date")
                            @RequestParam(required = false) UUID snapshot,
                            @AuthenticationPrincipal HomewardUser viewer) {
        CaseSearch from = search;
        if (snapshot != null) {
            PortfolioSnapshot frozen = snapshots.readable(snapshot);
            from = search.reading(frozen.indices(), frozen.clock());
        }
        return from.search(viewer, request.toQuery());
    }
}

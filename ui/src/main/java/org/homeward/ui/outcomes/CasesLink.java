package org.homeward.ui.outcomes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.homeward.outcomes.OutcomeFilter;
import org.homeward.search.CaseSearch;
import org.homeward.snapshot.PortfolioSnapshot;
import org.homeward.ui.search.SearchView;
import org.homeward.ui.snapshots.SnapshotChoice;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

/** A link to the case search listing the cases a figure counts: the dashboard's filters and snapshot, and {@code more}. */
@FunctionalInterface
interface CasesLink {

    /** The link, showing {@code text} (or, when null, whatever is added to it). */
    RouterLink to(String text, Map<String, List<String>> more);

    /** Links with the filters and the snapshot chosen when each link is made. */
    static CasesLink with(Supplier<OutcomeFilter> filters, Supplier<Optional<PortfolioSnapshot>> snapshot) {
        return (text, more) -> {
            Map<String, List<String>> parameters = new LinkedHashMap<>();
            OutcomeFilter filter = filters.get();
            if (!filter.offices().isEmpty()) {
                parameters.put("office", filter.offices());
            }
            if (!filter.nationalities().isEmpty()) {
                parameters.put("nationality", filter.nationalities());
            }
            if (!filter.cohorts().isEmpty()) {
                parameters.put(CaseSearch.RETURN_QUARTER, filter.cohorts());
            }
            if (filter.returnedFrom() != null) {
                parameters.put("returnedFrom", List.of(filter.returnedFrom().toString()));
            }
            if (filter.returnedTo() != null) {
                parameters.put("returnedTo", List.of(filter.returnedTo().toString()));
            }
            parameters.putAll(more);
            snapshot.get().ifPresent(chosen -> parameters.put(SnapshotChoice.PARAMETER, List.of(chosen.id().toString())));
            RouterLink link = text == null ? new RouterLink() : new RouterLink(text, SearchView.class);
            link.setRoute(SearchView.class);
            link.setQueryParameters(new QueryParameters(parameters));
            return link;
        };
    }
}

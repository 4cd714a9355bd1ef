package org.homeward.outcomes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.homeward.search.CaseQuery;
import org.homeward.search.CaseSearch;
import org.homeward.security.HomewardUser;
import org.homeward.testsupport.Latencies;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * The queries both benchmarks time: the outcomes dashboard as its view asks for it (every figure and chart, five
 * filters in turn) and the case search under three queries, each call after Elasticsearch's request cache was
 * emptied (it keeps whole aggregation answers until the next refresh, and live writes refresh every second).
 */
public final class DashboardQueries {

    private final OutcomeFigures figures;
    private final CaseSearch search;
    private final ElasticsearchClient client;
    private final List<String> aliases;
    private final HomewardUser manager;
    private final LocalDate today;
    private int turn;

    public DashboardQueries(OutcomeFigures figures, CaseSearch search, ElasticsearchClient client, List<String> aliases,
                            HomewardUser manager, LocalDate today) {
        this.figures = figures;
        this.search = search;
        this.client = client;
        this.aliases = aliases;
        this.manager = manager;
        this.today = today;
    }

    /** Milliseconds of {@code runs} calls, sorted, each without cached answers. */
    public double[] time(int runs, Supplier<?> call) {
        return Latencies.time(runs, this::emptyRequestCache, call);
    }

    public double[] dashboards(int runs) {
        List<OutcomeFilter> filters = List.of(OutcomeFilter.none(),
                new OutcomeFilter(List.of("JKT"), null, null, List.of(), List.of()),
                new OutcomeFilter(List.of(), null, null, List.of("KE"), List.of()),
                new OutcomeFilter(List.of(), today.minusMonths(18), today.minusMonths(6), List.of(), List.of()),
                new OutcomeFilter(List.of(), null, null, List.of(), List.of(quarter(today.minusMonths(12)))));
        CohortDimension[] dimensions = CohortDimension.values();
        return time(runs, () -> {
            int i = turn++;
            return figures.dashboard(manager, filters.get(i % filters.size()), today,
                    OutcomeFigures.DIMENSIONS.get(i % 4), null, dimensions[i % dimensions.length],
                    AssessmentWindow.values()[i % 4]);
        });
    }

    public double[] searches(int runs) {
        List<CaseQuery> queries = List.of(CaseQuery.all(0, 50),
                new CaseQuery(null, List.of("OPEN"), List.of("JKT"), null, null, null, null, null, null, null, null,
                        true, null, "nextFollowUpDueOn", false, 0, 50),
                new CaseQuery("KE", null, null, List.of("KE"), List.of("MM"), List.of("FEMALE"), List.of("BUSINESS_GRANT"),
                        null, null, null, null, null, null, "returnedOn", true, 3, 50));
        return time(runs, () -> search.search(manager, queries.get(turn++ % queries.size())));
    }

    private void emptyRequestCache() {
        try {
            client.indices().clearCache(c -> c.index(aliases).request(true).query(false).fielddata(false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String quarter(LocalDate date) {
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }
}

package org.homeward.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.homeward.search.projection.CaseDocument.PendingFollowUp;
import org.homeward.security.HomewardUser;
import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.InnerHitsResult;

/**
 * The follow-ups to attend to this week: one row per pending follow-up of an open case in the viewer's offices
 * (limited by the server, as every search), due on or before the end of today's ISO week (Sunday), the longest
 * overdue first (due date, then case reference). Read from the {@code cases} index: a {@code nested} query on
 * {@code pendingFollowUps} finds the cases with a follow-up due, and its inner hits, sorted by due date, are the
 * rows.
 * <p>
 * Paging over rows rather than cases: each case found has at least one row, and its first row is due on its
 * {@code nextFollowUpDueOn}, so the rows of a page ending at {@code offset + limit} all come from the first
 * {@code offset + limit} cases in order of ({@code nextFollowUpDueOn}, reference). The query fetches those cases,
 * flattens and sorts their rows and cuts the page. Limits: {@code offset + limit} stays within the index's result
 * window ({@value #MOST_CASES}), and a page costs as many cases as its depth, which suits a worklist's pages, not an
 * export. A case with more than {@value #INNER_HITS} follow-ups due at once reads them from its document instead.
 * While the {@code cases} alias still points at an index older than version 3 (during the rebuild that rolls it out)
 * the list is empty.
 */
@Service
public class FollowUpWorklist {

    /** The deepest a page may reach: Elasticsearch's default {@code index.max_result_window}. */
    public static final int MOST_CASES = 10_000;
    /** Due follow-ups read per case from the inner hits (Elasticsearch's default {@code index.max_inner_result_window}). */
    static final int INNER_HITS = 100;
    private static final String PENDING = "pendingFollowUps";
    private static final String DUE_ON = PENDING + ".dueOn";
    private static final String DUE = "due";
    private static final List<String> FIELDS = List.of("caseId", "reference", "office", "officer", "lastContactOn",
            "flags", PENDING);
    private static final Comparator<DueFollowUp> MOST_OVERDUE_FIRST = Comparator.comparing(DueFollowUp::dueOn)
            .thenComparing(row -> row.reference().toLowerCase(Locale.ROOT)) // as the index sorts it (lowercase normalizer)
            .thenComparing(row -> row.followUpId().toString());

    private final ElasticsearchClient client;
    private final SearchIndexes indexes;
    private final FollowUpGrace grace;

    public FollowUpWorklist(ElasticsearchClient client, SearchIndexes indexes, FollowUpGrace grace) {
        this.client = client;
        this.indexes = indexes;
        this.grace = grace;
    }

    /** What the worklist reads of a case document. */
    private record CaseFields(String caseId, String reference, String office, String officer, LocalDate lastContactOn,
                              List<String> flags, List<PendingFollowUp> pendingFollowUps) {
    }

    /**
     * A page of the rows.
     *
     * @param onlyMine only the cases assigned to the viewer
     * @param today    the viewer's today: the week it falls in, and how overdue each follow-up is
     * @throws IllegalArgumentException for a negative offset or limit, or a page beyond {@value #MOST_CASES}
     */
    public List<DueFollowUp> due(HomewardUser viewer, boolean onlyMine, LocalDate today, int offset, int limit) {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(today, "today");
        if (offset < 0 || limit < 0 || (long) offset + limit > MOST_CASES) {
            throw new IllegalArgumentException("offset and limit must be positive, together at most " + MOST_CASES
                    + ": " + offset + ", " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        LocalDate endOfWeek = endOfWeek(today);
        try {
            List<Hit<CaseFields>> cases = client.search(search -> search.index(indexes.alias(CaseSearch.FAMILY))
                            .query(casesWithFollowUpsDue(viewer, onlyMine, endOfWeek, true))
                            .source(source -> source.filter(filter -> filter.includes(FIELDS)))
                            .from(0).size(offset + limit)
                            .trackTotalHits(total -> total.enabled(false))
                            .sort(sort -> sort.field(field -> field.field("nextFollowUpDueOn").order(SortOrder.Asc)))
                            .sort(sort -> sort.field(field -> field.field("reference").order(SortOrder.Asc))),
                    CaseFields.class).hits().hits();
            List<DueFollowUp> rows = new ArrayList<>();
            for (Hit<CaseFields> found : cases) {
                for (PendingFollowUp followUp : dueFollowUps(found, endOfWeek)) {
                    rows.add(row(found.source(), followUp, today));
                }
            }
            rows.sort(MOST_OVERDUE_FIRST);
            return offset >= rows.size() ? List.of() : List.copyOf(rows.subList(offset, Math.min(rows.size(), offset + limit)));
        } catch (IOException e) {
            throw new UncheckedIOException("Follow-up worklist failed", e);
        }
    }

    /** How many rows {@link #due} has for these arguments, over all pages. */
    public long count(HomewardUser viewer, boolean onlyMine, LocalDate today) {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(today, "today");
        LocalDate endOfWeek = endOfWeek(today);
        try {
            var response = client.search(search -> search.index(indexes.alias(CaseSearch.FAMILY))
                    .query(casesWithFollowUpsDue(viewer, onlyMine, endOfWeek, false))
                    .size(0)
                    .aggregations(PENDING, pending -> pending.nested(nested -> nested.path(PENDING))
                            .aggregations(DUE, due -> due.filter(dueBy(endOfWeek)))), Void.class);
            var due = response.aggregations().get(PENDING).nested().aggregations().get(DUE);
            return due == null ? 0 : due.filter().docCount(); // none while an index without pendingFollowUps serves
        } catch (IOException e) {
            throw new UncheckedIOException("Follow-up worklist count failed", e);
        }
    }

    /** Sunday of today's ISO week (Monday to Sunday). */
    static LocalDate endOfWeek(LocalDate today) {
        return today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    private static Query casesWithFollowUpsDue(HomewardUser viewer, boolean onlyMine, LocalDate endOfWeek,
                                               boolean withRows) {
        return Query.of(query -> query.bool(bool -> {
            bool.filter(terms("office", List.copyOf(viewer.offices())));
            bool.filter(terms("status", List.of("OPEN")));
            if (onlyMine) {
                bool.filter(terms("officer", List.of(viewer.getUsername())));
            }
            bool.filter(filter -> filter.nested(nested -> {
                nested.path(PENDING).query(dueBy(endOfWeek)).ignoreUnmapped(true);
                if (withRows) {
                    nested.innerHits(inner -> inner.name(DUE).size(INNER_HITS)
                            .sort(sort -> sort.field(field -> field.field(DUE_ON).order(SortOrder.Asc))));
                }
                return nested;
            }));
            return bool;
        }));
    }

    private static Query dueBy(LocalDate endOfWeek) {
        return Query.of(query -> query.range(range -> range.date(date -> date.field(DUE_ON).lte(endOfWeek.toString()))));
    }

    /** The case's follow-ups due by the end of the week: its inner hits, or its document's list if they were cut. */
    private static List<PendingFollowUp> dueFollowUps(Hit<CaseFields> found, LocalDate endOfWeek) {
        InnerHitsResult inner = found.innerHits().get(DUE);
        List<PendingFollowUp> rows = inner == null ? List.of() : inner.hits().hits().stream()
                .map(hit -> hit.source().to(PendingFollowUp.class)).toList();
        long total = inner == null || inner.hits().total() == null ? rows.size() : inner.hits().total().value();
        if (total > rows.size() && found.source().pendingFollowUps() != null) {
            return found.source().pendingFollowUps().stream()
                    .filter(followUp -> !followUp.dueOn().isAfter(endOfWeek)).toList();
        }
        return rows;
    }

    private DueFollowUp row(CaseFields found, PendingFollowUp followUp, LocalDate today) {
        return new DueFollowUp(UUID.fromString(found.caseId()), found.reference(), found.office(), found.officer(),
                UUID.fromString(followUp.followUpId()), followUp.purpose(), followUp.dueOn(),
                Math.max(0, ChronoUnit.DAYS.between(followUp.dueOn(), today)), grace.isOverdue(followUp.dueOn(), today),
                found.lastContactOn(), found.flags() == null ? List.of() : List.copyOf(found.flags()));
    }

    private static Query terms(String field, List<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(query -> query.terms(terms -> terms.field(field).terms(t -> t.value(fieldValues))));
    }
}

package org.homeward.ui.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.homeward.search.CaseQuery;
import org.homeward.search.projection.CaseDocument;
import org.homeward.ui.cases.Countries;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.SortDirection;

/** The cases found, loaded page by page as the officer scrolls, sortable by one column at a time. */
final class SearchResults extends Grid<CaseDocument> {

    /** One page of the cases found, sorted by a field (or by relevance when null). */
    @FunctionalInterface
    interface Pages {
        Stream<CaseDocument> page(String sort, boolean descending, int page, int size);
    }

    /** {@code total} is how many the latest search found; {@code today} the day days since return are counted to. */
    SearchResults(Locale locale, Supplier<LocalDate> today, Pages pages, LongSupplier total) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        Function<LocalDate, String> formatDate = value -> value == null ? "" : date.format(value);
        setId("search-results");
        addColumn(CaseDocument::reference).setHeader(getTranslation("case.reference")).setKey("reference")
                .setSortable(true).setAutoWidth(true).setFrozen(true);
        addColumn(found -> getTranslation("case.status." + found.status())).setHeader(getTranslation("case.status"))
                .setKey("status").setSortable(true);
        addColumn(CaseDocument::office).setHeader(getTranslation("case.office")).setKey("office").setSortable(true);
        addColumn(found -> Countries.name(found.nationality(), locale)).setHeader(getTranslation("case.nationality"))
                .setKey("nationality");
        addColumn(found -> formatDate.apply(found.returnedOn())).setHeader(getTranslation("case.returnedOn"))
                .setKey("returnedOn").setSortable(true);
        addColumn(found -> found.returnedOn() == null ? "" : String.valueOf(ChronoUnit.DAYS.between(found.returnedOn(),
                        today.get()))).setHeader(getTranslation("case.daysSinceReturn")).setKey("daysSinceReturn");
        addColumn(found -> formatDate.apply(found.nextFollowUpDueOn())).setHeader(getTranslation("case.nextFollowUpDue"))
                .setKey("nextFollowUpDueOn").setSortable(true);
        addColumn(found -> formatDate.apply(found.lastContactOn())).setHeader(getTranslation("case.lastContact"))
                .setKey("lastContactOn").setSortable(true);
        addColumn(found -> found.flags() == null ? "" : String.join(", ", found.flags().stream().map(flag -> getTranslation("flag." + flag)).toList()))
                .setHeader(getTranslation("case.flags")).setKey("flags");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setPageSize(SearchView.PAGE);
        setMultiSort(false);
        setEmptyStateText(getTranslation("search.empty"));
        setSizeFull();
        setItems(query -> {
            String sort = null;
            boolean descending = true;
            for (var order : query.getSortOrders()) {
                sort = order.getSorted();
                descending = order.getDirection() == SortDirection.DESCENDING;
                break;
            }
            return pages.page(sort, descending, query.getPage(), query.getPageSize());
        }, query -> (int) Math.min(total.getAsLong(), CaseQuery.MOST_RESULTS));
    }
}

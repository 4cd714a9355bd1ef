package org.homeward.ui.cases;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

import org.homeward.search.CaseQuery;
import org.homeward.search.CaseSearch;
import org.homeward.search.projection.CaseDocument;
import org.homeward.security.HomewardUser;
import org.homeward.security.Role;
import org.homeward.ui.casepage.CasePageView;
import org.homeward.ui.layout.MainLayout;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;

/**
 * The caseload: an officer's own open cases (a manager's: every case of their offices), from the search index,
 * with how long since the return, the next follow-up, the last contact and flags; filters, search, and a click
 * through to the case. Loaded page by page.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class CasesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CaseDocument> grid = new Grid<>();
    final TextField text = new TextField();
    final MultiSelectComboBox<String> flags = new MultiSelectComboBox<>();
    final Checkbox onlyMine = new Checkbox();
    final Checkbox includeClosed = new Checkbox();

    private final CaseSearch search;
    private final HomewardUser viewer;

    public CasesView(CaseSearch search, AuthenticationContext authentication) {
        this.search = search;
        this.viewer = authentication.getAuthenticatedUser(HomewardUser.class).orElseThrow();
        boolean officer = viewer.hasRole(Role.OFFICER);

        text.setId("caseload-text");
        text.setPlaceholder(getTranslation("search.text.placeholder"));
        text.setAriaLabel(getTranslation("search.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        flags.setId("caseload-flags");
        flags.setLabel(getTranslation("case.flags"));
        flags.setItems(List.of("CONSENT_WITHDRAWN", "SCREENED_OUT", "FOLLOW_UP_MISSED", "SAFETY_CONCERN", "DISTRESS",
                "BUSINESS_NOT_OPERATING", "NOT_SUSTAINABLE", "REOPENED"));
        flags.setItemLabelGenerator(flag -> getTranslation("flag." + flag));
        flags.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        onlyMine.setId("caseload-mine");
        onlyMine.setLabel(getTranslation("caseload.onlyMine"));
        onlyMine.setValue(officer);
        onlyMine.setVisible(officer);
        onlyMine.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        includeClosed.setId("caseload-closed");
        includeClosed.setLabel(getTranslation("caseload.includeClosed"));
        includeClosed.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        configureGrid(officer);
        FlexLayout filters = new FlexLayout(text, flags, onlyMine, includeClosed);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.addClassNames(LumoUtility.Gap.MEDIUM);
        add(new H2(getTranslation(officer ? "caseload.title" : "cases.title")), filters, grid);
        setSizeFull();
    }

    private void configureGrid(boolean officer) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Function<LocalDate, String> format = value -> value == null ? "" : date.format(value);
        grid.setId("cases-grid");
        grid.addColumn(CaseDocument::reference).setHeader(getTranslation("case.reference")).setKey("reference")
                .setSortable(true).setAutoWidth(true).setFrozen(true);
        grid.addColumn(found -> getTranslation("case.status." + found.status())).setHeader(getTranslation("case.status"))
                .setKey("status");
        grid.addColumn(found -> found.returnedOn() == null ? "" : String.valueOf(ChronoUnit.DAYS.between(found.returnedOn(),
                org.homeward.ui.OfficersDay.today()))).setHeader(getTranslation("case.daysSinceReturn")).setKey("daysSinceReturn");
        grid.addColumn(found -> format.apply(found.nextFollowUpDueOn())).setHeader(getTranslation("case.nextFollowUpDue"))
                .setKey("nextFollowUpDueOn").setSortable(true);
        grid.addColumn(found -> format.apply(found.lastContactOn())).setHeader(getTranslation("case.lastContact"))
                .setKey("lastContactOn").setSortable(true);
        grid.addColumn(found -> found.flags() == null ? "" : String.join(", ", found.flags().stream().map(flag -> getTranslation("flag." + flag)).toList()))
                .setHeader(getTranslation("case.flags")).setKey("flags");
        grid.addColumn(found -> Countries.name(found.nationality(), getLocale())).setHeader(getTranslation("case.nationality"))
                .setKey("nationality");
        grid.addColumn(CaseDocument::office).setHeader(getTranslation("case.office")).setKey("office");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setMultiSort(false);
        grid.setEmptyStateText(getTranslation("cases.empty"));
        grid.setItems(query -> {
            String sort = null;
            boolean descending = false;
            for (var order : query.getSortOrders()) {
                sort = order.getSorted();
                descending = order.getDirection() == SortDirection.DESCENDING;
                break;
            }
            return search.page(viewer, criteria(sort == null ? "nextFollowUpDueOn" : sort, descending,
                    query.getPage(), query.getPageSize())).stream();
        }, query -> (int) Math.min(CaseQuery.MOST_RESULTS, search.count(viewer, criteria(null, false, 0, 1))));
        // officers open the case; managers and evaluators its pseudonymous replay
        if (officer || viewer.hasRole(Role.MANAGER) || viewer.hasRole(Role.EVALUATOR)) {
            grid.addItemClickListener(click -> open(click.getItem()));
        }
        grid.setSizeFull();
    }

    private CaseQuery criteria(String sort, boolean descending, int page, int size) {
        return new CaseQuery(text.getValue(), includeClosed.getValue() ? List.of() : List.of("OPEN"), null, null, null,
                null, null, List.copyOf(flags.getValue()), null, null, null, null,
                onlyMine.getValue() ? viewer.getUsername() : null, sort, descending, page, size);
    }

    void open(CaseDocument found) {
        RouteParameters theCase = new RouteParameters("caseId", found.caseId());
        if (viewer.hasRole(Role.OFFICER)) {
            getUI().ifPresent(ui -> ui.navigate(CasePageView.class, theCase));
        } else {
            getUI().ifPresent(ui -> ui.navigate(org.homeward.ui.replay.ReplayView.class, theCase));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(viewer.hasRole(Role.OFFICER) ? "caseload.title" : "cases.title");
    }
}

package org.homeward.ui.cases;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.homeward.search.CaseSearch;
import org.homeward.search.CaseSummary;
import org.homeward.security.HomewardUser;
import org.homeward.ui.layout.MainLayout;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/** The cases of the user's offices, read from the search index, newest referral first, loaded page by page. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class CasesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CaseSummary> grid = new Grid<>();

    public CasesView(CaseSearch search, AuthenticationContext authentication) {
        HomewardUser viewer = authentication.getAuthenticatedUser(HomewardUser.class).orElseThrow();
        Locale locale = getLocale();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        DateTimeFormatter dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneId.systemDefault());

        grid.setId("cases-grid");
        grid.addColumn(CaseSummary::reference).setHeader(getTranslation("case.reference")).setKey("reference").setAutoWidth(true);
        grid.addColumn(CaseSummary::office).setHeader(getTranslation("case.office")).setKey("office").setAutoWidth(true);
        grid.addColumn(summary -> getTranslation("case.status." + summary.status())).setHeader(getTranslation("case.status")).setKey("status");
        grid.addColumn(summary -> getTranslation("sex." + summary.sex())).setHeader(getTranslation("case.sex")).setKey("sex");
        grid.addColumn(CaseSummary::birthYear).setHeader(getTranslation("case.birthYear")).setKey("birthYear");
        grid.addColumn(summary -> Countries.name(summary.nationality(), locale)).setHeader(getTranslation("case.nationality")).setKey("nationality");
        grid.addColumn(summary -> getTranslation("referralSource." + summary.referralSource())).setHeader(getTranslation("case.referralSource")).setKey("referralSource");
        grid.addColumn(summary -> date.format(summary.referredOn())).setHeader(getTranslation("case.referredOn")).setKey("referredOn");
        grid.addColumn(summary -> dateTime.format(summary.openedAt())).setHeader(getTranslation("case.openedAt")).setKey("openedAt");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> search.list(viewer, query.getOffset(), query.getLimit()).stream(),
                query -> (int) search.count(viewer));
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("cases.empty"));

        add(new H2(getTranslation("cases.title")), grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.title");
    }
}

package org.homeward.ui.outcomes;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.homeward.outcomes.Headline;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.RouterLink;

/** The dashboard's headline figures, each a card; the counting ones link to the cases they count. */
final class HeadlineFigures extends FlexLayout {

    private final Locale locale;
    private final CasesLink cases;

    HeadlineFigures(Locale locale, CasesLink cases) {
        this.locale = locale;
        this.cases = cases;
        setId("outcome-headline");
        addClassName("outcome-headline");
        setFlexWrap(FlexLayout.FlexWrap.WRAP);
    }

    /** Shows the figures; "this quarter" is the quarter of {@code today}. */
    void show(Headline figures, LocalDate today) {
        removeAll();
        NumberFormat count = NumberFormat.getIntegerInstance(locale);
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        add(
                figure("activeCases", count.format(figures.activeCases()), null,
                        Map.of("status", List.of("OPEN"))),
                figure("returnedThisQuarter", count.format(figures.returnedThisQuarter()), null,
                        Map.of("returnedFrom", List.of(quarterStart.toString()), "returnedTo", List.of(today.toString()))),
                figure("casesWithOverdueFollowUp", count.format(figures.casesWithOverdueFollowUp()), null,
                        Map.of("status", List.of("OPEN"), "overdue", List.of("true"))),
                share("sustainableAt6Months", figures.sustainableAt6Months()),
                share("sustainableAt12Months", figures.sustainableAt12Months()),
                figure("grantsDisbursed", grants(figures), null, Map.of("supportKind", List.of("BUSINESS_GRANT"))),
                share("businessOperatingAt6Months", figures.businessOperatingAt6Months()),
                share("businessOperatingAt12Months", figures.businessOperatingAt12Months()));
    }

    private String grants(Headline figures) {
        if (figures.grantsDisbursed().isEmpty()) {
            return "0";
        }
        List<String> amounts = new ArrayList<>();
        figures.grantsDisbursed().forEach((currency, amount) -> {
            NumberFormat money = NumberFormat.getNumberInstance(locale);
            money.setMaximumFractionDigits(0);
            amounts.add(currency + " " + money.format(amount));
        });
        return String.join(" · ", amounts);
    }

    private Component share(String name, Headline.Share share) {
        return figure(name, OutcomeCharts.percent(share.value(), locale),
                getTranslation("outcomes.figure.of", share.of()), null);
    }

    /** One headline figure; with {@code link}, a link to the search listing the cases it counts. */
    private Component figure(String name, String value, String detail, Map<String, List<String>> link) {
        Span number = new Span(value);
        number.addClassName("outcome-figure-value");
        Span label = new Span(getTranslation("outcomes.figure." + name));
        label.addClassName("outcome-figure-label");
        Div card = new Div(number, label);
        if (detail != null) {
            Span of = new Span(detail);
            of.addClassName("outcome-figure-detail");
            card.add(of);
        }
        card.addClassName("outcome-figure");
        card.setId("figure-" + name);
        if (link == null) {
            return card;
        }
        RouterLink cases = this.cases.to(null, link);
        cases.add(card);
        cases.setId("link-" + name);
        return cases;
    }
}

package org.homeward.ui.outcomes;

import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;

/** One chart of the dashboard: its title, its own controls, what it shows, the drawing, its figures as a table and their CSV. */
final class ChartSection extends VerticalLayout {

    /** Logged under the dashboard's name, where operators already look for it. */
    private static final Logger log = LoggerFactory.getLogger(OutcomesView.class);

    ChartSection(String chart, Div drawing, Component controls, Component table, DownloadHandler download) {
        drawing.setId("chart-" + chart);
        drawing.addClassName("outcome-chart");
        Anchor csv = new Anchor(download, getTranslation("outcomes.csv"));
        csv.setId("csv-" + chart);
        Details figuresTable = new Details(getTranslation("outcomes.table"), table);
        figuresTable.setWidthFull();
        add(new H3(getTranslation("outcomes.chart." + chart)));
        if (controls != null) {
            add(controls);
        }
        add(new Paragraph(getTranslation("outcomes.chart." + chart + ".about")), drawing, figuresTable, csv);
        setId("section-" + chart);
        addClassName("outcome-section");
        setPadding(false);
    }

    /** Draws a chart into {@code target}, or says there is nothing to draw, or that it cannot be drawn here. */
    static void draw(Div target, boolean empty, Supplier<String> svg) {
        target.removeAll();
        if (empty) {
            target.add(new Paragraph(target.getTranslation("outcomes.noData")));
            return;
        }
        try {
            target.add(new Svg(svg.get()));
        } catch (RuntimeException | LinkageError broken) {
            // a JVM without fonts cannot draw; the table below still has every figure
            log.warn("Could not draw the chart {}: {}", target.getId().orElse("?"), broken.toString());
            target.add(new Paragraph(target.getTranslation("outcomes.chartUnavailable")));
        }
    }
}

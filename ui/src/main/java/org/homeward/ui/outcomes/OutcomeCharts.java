package org.homeward.ui.outcomes;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.homeward.outcomes.CohortOutcome;
import org.homeward.outcomes.ComplianceMonth;
import org.homeward.outcomes.SupportMonth;
import org.homeward.outcomes.TrajectoryPoint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The dashboard's charts, drawn on the server by JFreeChart into SVG (no script, no network). Each method takes the
 * figures and the words to label them with, and gives an SVG element that scales to the width of its container.
 */
final class OutcomeCharts {

    static final int WIDTH = 720;
    static final int HEIGHT = 320;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    /** Colour-blind-safe (Okabe–Ito) colours, in the order series use them. */
    private static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x999999));
    private static final Color ON_TIME = new Color(0x009E73);
    private static final Color LATE = new Color(0xE69F00);
    private static final Color NOT_REACHED = new Color(0x999999);
    private static final Color OVERDUE = new Color(0xD55E00);

    private OutcomeCharts() {
    }

    /** The median of a score by months since the return, with the band between the quartiles. */
    static String trajectory(List<TrajectoryPoint> points, String median, String xLabel, String yLabel) {
        YIntervalSeries series = new YIntervalSeries(median);
        points.forEach(point -> series.add(point.monthsSinceReturn(), point.median(), point.lowerQuartile(),
                point.upperQuartile()));
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(series);
        NumberAxis months = new NumberAxis(xLabel);
        months.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis score = new NumberAxis(yLabel);
        score.setRange(0, 1);
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setSeriesPaint(0, PALETTE.getFirst());
        renderer.setSeriesFillPaint(0, new Color(0x0072B2));
        renderer.setAlpha(0.2f);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        return svg(new JFreeChart(null, FONT, styled(new XYPlot(data, months, score, renderer)), true));
    }

    /** The share of each cohort's assessments that are sustainable, in per cent. */
    static String cohorts(List<CohortOutcome> cohorts, Function<String, String> cohortLabel, String series,
                          String yLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        cohorts.forEach(cohort -> data.addValue(cohort.sustainable().value() == null ? 0 : 100 * cohort.sustainable().value(),
                series, cohortLabel.apply(cohort.cohort()) + " (n=" + cohort.assessments() + ")"));
        NumberAxis share = new NumberAxis(yLabel);
        share.setRange(0, 100);
        BarRenderer renderer = new BarRenderer();
        renderer.setSeriesPaint(0, PALETTE.getFirst());
        renderer.setMaximumBarWidth(0.12);
        return svg(new JFreeChart(null, FONT, styled(new CategoryPlot(data, categories(), share, renderer)), false));
    }

    /** Follow-ups that fell due each month, stacked by how they went. */
    static String compliance(List<ComplianceMonth> months, Map<String, String> seriesLabels, String yLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ComplianceMonth month : months) {
            String column = month.month().toString();
            data.addValue(month.onTime(), seriesLabels.get("onTime"), column);
            data.addValue(month.late(), seriesLabels.get("late"), column);
            data.addValue(month.notReached(), seriesLabels.get("notReached"), column);
            data.addValue(month.overdue(), seriesLabels.get("overdue"), column);
        }
        StackedBarRenderer renderer = stacked();
        List<Color> colours = List.of(ON_TIME, LATE, NOT_REACHED, OVERDUE);
        for (int i = 0; i < colours.size(); i++) {
            renderer.setSeriesPaint(i, colours.get(i));
        }
        return svg(new JFreeChart(null, FONT, styled(new CategoryPlot(data, categories(), counts(yLabel), renderer)), true));
    }

    /** Support entries given each month, stacked by kind. */
    static String support(List<SupportMonth> months, Function<String, String> kindLabel, String yLabel) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> kinds = months.stream().flatMap(month -> month.entriesByKind().keySet().stream()).distinct().sorted().toList();
        for (SupportMonth month : months) {
            kinds.forEach(kind -> data.addValue(month.entriesByKind().getOrDefault(kind, 0L), kindLabel.apply(kind),
                    month.month().toString()));
        }
        StackedBarRenderer renderer = stacked();
        for (int i = 0; i < kinds.size(); i++) {
            renderer.setSeriesPaint(i, PALETTE.get(i % PALETTE.size()));
        }
        return svg(new JFreeChart(null, FONT, styled(new CategoryPlot(data, categories(), counts(yLabel), renderer)), true));
    }

    /** A percentage as the viewer's locale writes it, for labels next to charts. */
    static String percent(Double share, Locale locale) {
        if (share == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(share);
    }

    private static CategoryAxis categories() {
        CategoryAxis axis = new CategoryAxis();
        axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        axis.setMaximumCategoryLabelWidthRatio(0.8f);
        return axis;
    }

    private static NumberAxis counts(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return axis;
    }

    private static StackedBarRenderer stacked() {
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.08);
        return renderer;
    }

    private static <P extends org.jfree.chart.plot.Plot> P styled(P plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(new Color(0xDDDDDD));
            category.setOrientation(PlotOrientation.VERTICAL);
            if (category.getRenderer() instanceof BarRenderer bars) {
                bars.setBarPainter(new StandardBarPainter());
                bars.setShadowVisible(false);
            }
        } else if (plot instanceof XYPlot xy) {
            xy.setRangeGridlinePaint(new Color(0xDDDDDD));
            xy.setDomainGridlinePaint(new Color(0xDDDDDD));
        }
        return plot;
    }

    private static String svg(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setItemFont(FONT);
        }
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(graphics, new Rectangle(WIDTH, HEIGHT));
        // no fixed width or height: the view box lets the chart scale to its container (tablet and desktop alike)
        return graphics.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }
}

package org.homeward.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The dashboard's charts as CSV (RFC 4180, comma-separated, a header row, numbers with a dot), for managers who take
 * the figures into their own reports. Each chart's CSV holds exactly the numbers the chart is drawn from.
 */
public final class OutcomeCsv {

    /** The charts that can be downloaded, by the name used in file names and URLs. */
    public static final List<String> CHARTS = List.of("headline", "trajectory", "cohorts", "follow-up-compliance",
            "support-delivered");

    private OutcomeCsv() {
    }

    /** @throws IllegalArgumentException for a chart not in {@link #CHARTS} */
    public static String of(String chart, Dashboard dashboard) {
        return switch (chart) {
            case "headline" -> headline(dashboard.headline());
            case "trajectory" -> trajectory(dashboard.dimension(), dashboard.trajectory());
            case "cohorts" -> cohorts(dashboard.cohortsBy(), dashboard.cohorts());
            case "follow-up-compliance" -> compliance(dashboard.followUpCompliance());
            case "support-delivered" -> support(dashboard.supportDelivered());
            default -> throw new IllegalArgumentException("Unknown chart " + chart + "; known: " + CHARTS);
        };
    }

    static String headline(Headline headline) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("figure", "value", "of"));
        rows.add(List.of("activeCases", headline.activeCases(), ""));
        rows.add(List.of("returnedThisQuarter", headline.returnedThisQuarter(), ""));
        rows.add(List.of("casesWithOverdueFollowUp", headline.casesWithOverdueFollowUp(), ""));
        share(rows, "sustainableAt6Months", headline.sustainableAt6Months());
        share(rows, "sustainableAt12Months", headline.sustainableAt12Months());
        share(rows, "businessOperatingAt6Months", headline.businessOperatingAt6Months());
        share(rows, "businessOperatingAt12Months", headline.businessOperatingAt12Months());
        headline.grantsDisbursed().forEach((currency, amount) -> rows.add(List.of("grantsDisbursed " + currency,
                amount.toPlainString(), "")));
        return write(rows);
    }

    static String trajectory(String dimension, List<TrajectoryPoint> points) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("dimension", "monthsSinceReturn", "assessments", "lowerQuartile", "median", "upperQuartile"));
        points.forEach(point -> rows.add(List.of(dimension, point.monthsSinceReturn(), point.assessments(),
                number(point.lowerQuartile()), number(point.median()), number(point.upperQuartile()))));
        return write(rows);
    }

    static String cohorts(CohortDimension by, List<CohortOutcome> cohorts) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(by.name(), "assessments", "sustainable", "sustainableShare", "medianOverall"));
        cohorts.forEach(cohort -> rows.add(List.of(cohort.cohort(), cohort.assessments(),
                Math.round(cohort.sustainable().value() * cohort.assessments()), number(cohort.sustainable().value()),
                number(cohort.medianOverall()))));
        return write(rows);
    }

    static String compliance(List<ComplianceMonth> months) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("month", "due", "onTime", "late", "notReached", "overdue", "onTimeShare"));
        months.forEach(month -> rows.add(List.of(month.month(), month.due(), month.onTime(), month.late(),
                month.notReached(), month.overdue(), number(month.onTimeShare()))));
        return write(rows);
    }

    static String support(List<SupportMonth> months) {
        TreeSet<String> kinds = months.stream().flatMap(month -> month.entriesByKind().keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of("month"));
        header.addAll(kinds);
        header.add("total");
        rows.add(header);
        for (SupportMonth month : months) {
            List<Object> row = new ArrayList<>(List.of(month.month()));
            kinds.forEach(kind -> row.add(month.entriesByKind().getOrDefault(kind, 0L)));
            row.add(month.entries());
            rows.add(row);
        }
        return write(rows);
    }

    private static void share(List<List<Object>> rows, String figure, Headline.Share share) {
        rows.add(List.of(figure, number(share.value()), share.of()));
    }

    private static String number(Double value) {
        return value == null || value.isNaN() ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String write(List<List<Object>> rows) {
        return rows.stream().map(row -> row.stream().map(OutcomeCsv::cell).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    /** Quotes what needs it, and defuses cells a spreadsheet would run as a formula. */
    private static String cell(Object value) {
        String text = String.valueOf(value);
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        return text.matches(".*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}

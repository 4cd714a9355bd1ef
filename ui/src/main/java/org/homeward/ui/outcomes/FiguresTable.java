package org.homeward.ui.outcomes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** A chart's figures as a table: its CSV, with headers in the viewer's language and numbers in their locale's way. */
final class FiguresTable extends Grid<List<String>> {

    private final Locale locale;

    FiguresTable(String chart, Locale locale) {
        this.locale = locale;
        setId("table-" + chart);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
    }

    /** Shows a chart's CSV as a table: the same figures, with headers in the viewer's language. */
    void fill(String csv) {
        List<List<String>> rows = csv.lines().map(line -> Arrays.asList(line.split(",", -1))).toList();
        List<String> header = rows.getFirst();
        removeAllColumns();
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            String key = header.get(i);
            String label = key.equals(key.toUpperCase(Locale.ROOT)) ? getTranslation("supportKind." + key)
                    : getTranslation("outcomes.column." + key);
            addColumn(row -> column < row.size() ? LocalNumbers.cell(row.get(column), locale) : "").setHeader(label)
                    .setKey(key).setAutoWidth(true);
        }
        setItems(new ArrayList<>(rows.subList(1, rows.size())));
    }
}

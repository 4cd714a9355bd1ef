package org.homeward.ui.outcomes;

import java.text.NumberFormat;
import java.util.Locale;

/** Figures as the viewer's locale writes them (the CSV itself keeps a dot and four decimals). */
final class LocalNumbers {

    private LocalNumbers() {
    }

    /** Two decimals, or a dash when there is no figure. */
    static String decimal(double value, Locale locale) {
        if (Double.isNaN(value)) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A CSV cell: decimals and whole numbers in the locale's way, anything else as it is. */
    static String cell(String cell, Locale locale) {
        if (cell.matches("-?\\d+\\.\\d+")) {
            return decimal(Double.parseDouble(cell), locale);
        }
        if (cell.matches("-?\\d{1,15}")) {
            return NumberFormat.getIntegerInstance(locale).format(Long.parseLong(cell));
        }
        return cell;
    }
}

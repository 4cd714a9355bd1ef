package org.homeward.ui.casepage;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** Amounts in the officer's locale, with the currency's own symbol or code. */
public final class Amounts {

    private Amounts() {
    }

    public static String format(Object amount, String currency, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        try {
            format.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException unknown) {
            return amount + " " + currency;
        }
        return format.format(new BigDecimal(amount.toString()));
    }
}

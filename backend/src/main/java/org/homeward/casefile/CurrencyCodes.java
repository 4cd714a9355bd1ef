package org.homeward.casefile;

import java.util.Currency;

/** ISO 4217 currency codes, as the JDK knows them. */
public final class CurrencyCodes {

    private CurrencyCodes() {
    }

    public static boolean isIso4217(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}

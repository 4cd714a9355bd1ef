package org.homeward.ui.cases;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Country names in the user's language, for ISO 3166-1 alpha-2 codes. */
public final class Countries {

    private Countries() {
    }

    public static String name(String code, Locale locale) {
        return Locale.of("", code).getDisplayCountry(locale);
    }

    public static List<String> codesByName(Locale locale) {
        return Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> name(code, locale)))
                .toList();
    }
}

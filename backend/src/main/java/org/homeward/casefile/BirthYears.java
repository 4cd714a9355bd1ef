package org.homeward.casefile;

import java.time.Year;

/** The plausible range of a survivor's birth year: no one older than 110 or born in the future. */
public final class BirthYears {

    public static final int OLDEST_AGE = 110;

    private BirthYears() {
    }

    public static boolean isPlausible(int birthYear, Year thisYear) {
        return birthYear <= thisYear.getValue() && birthYear >= thisYear.getValue() - OLDEST_AGE;
    }
}

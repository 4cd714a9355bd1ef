package org.homeward.ui.casepage;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.homeward.casefile.CaseRecord;
import org.homeward.casefile.assessment.ScoringScheme;

/**
 * What a step form needs to know besides its command: the case as it stands, who may take it over, today in the
 * officer's calendar, and how to say things in the officer's language.
 */
public record StepContext(CaseRecord record, List<String> offices, Function<String, List<String>> officersOf,
                   ScoringScheme scheme, LocalDate today, Locale locale,
                   BiFunction<String, Object[], String> translate) {

    String t(String key, Object... parameters) {
        return translate.apply(key, parameters);
    }
}

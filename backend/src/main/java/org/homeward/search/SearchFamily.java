package org.homeward.search;

import java.util.List;

/** The index families Homeward keeps; each is read and written through an alias of the same name. */
public final class SearchFamily {

    public static final String CASES = "cases";
    public static final String CASE_EVENTS = "case-events";
    public static final String ASSESSMENTS = "assessments";
    public static final List<String> ALL = List.of(CASES, CASE_EVENTS, ASSESSMENTS);

    private SearchFamily() {
    }
}

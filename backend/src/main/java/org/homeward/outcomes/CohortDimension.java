package org.homeward.outcomes;

/**
 * What outcome cohorts can be compared by: a field of the {@code assessments} index, and the case search's filter that
 * lists the same people (for the link from a cohort to its cases).
 */
public enum CohortDimension {
    RETURN_QUARTER("returnQuarter", "returnQuarter"),
    NATIONALITY("nationality", "nationality"),
    EXPLOITATION_COUNTRY("exploitationCountries", "exploitationCountry"),
    SEX("sex", "sex"),
    OFFICE("office", "office"),
    SUPPORT_RECEIVED("supportReceived", "supportKind");

    private final String field;
    private final String searchFilter;

    CohortDimension(String field, String searchFilter) {
        this.field = field;
        this.searchFilter = searchFilter;
    }

    String field() {
        return field;
    }

    /** The case search's filter (a facet of {@code CaseSearch}) with the same values. */
    public String searchFilter() {
        return searchFilter;
    }
}

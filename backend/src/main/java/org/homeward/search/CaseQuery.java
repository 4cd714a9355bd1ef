package org.homeward.search;

import java.time.LocalDate;
import java.util.List;

/**
 * What a user asks the case search: free text over the reference and coded fields, filters (each a set of values
 * that match if any matches), a period of return, whether a follow-up is overdue, a sort and a page.
 */
public record CaseQuery(String text, List<String> status, List<String> office, List<String> nationality,
                        List<String> exploitationCountry, List<String> sex, List<String> supportKind,
                        List<String> flag, List<String> returnQuarter, LocalDate returnedFrom, LocalDate returnedTo, Boolean overdue,
                        String officer, String sort, boolean descending, int page, int size) {

    public static final int MOST_RESULTS = 10_000;

    public CaseQuery {
        status = clean(status);
        office = clean(office);
        nationality = clean(nationality);
        exploitationCountry = clean(exploitationCountry);
        sex = clean(sex);
        supportKind = clean(supportKind);
        flag = clean(flag);
        returnQuarter = clean(returnQuarter);
        text = text == null || text.isBlank() ? null : text.strip();
        officer = officer == null || officer.isBlank() ? null : officer.strip();
    }

    public static CaseQuery all(int page, int size) {
        return new CaseQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, null, false,
                page, size);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .distinct().toList();
    }
}

package org.homeward.api;

import java.time.LocalDate;
import java.util.List;

import org.homeward.search.CaseQuery;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The query parameters of {@code GET /api/search}. Repeat a filter parameter for several values
 * ({@code ?status=OPEN&status=CLOSED}); a case matches a filter when it has any of its values.
 */
record SearchRequest(
        @Schema(description = "Free text over the case reference and coded fields (never personal details)")
        @Size(max = 200) String q,
        List<@Pattern(regexp = "OPEN|CLOSED", message = "must be OPEN or CLOSED") String> status,
        List<@KnownOffice String> office,
        List<@CountryCode String> nationality,
        List<@CountryCode String> exploitationCountry,
        List<@Pattern(regexp = "FEMALE|MALE|OTHER|UNKNOWN", message = "must be FEMALE, MALE, OTHER or UNKNOWN") String> sex,
        List<@Pattern(regexp = "TRANSIT_ASSISTANCE|ECONOMIC_SUPPORT|SOCIAL_SUPPORT|PSYCHOSOCIAL_SUPPORT|BUSINESS_GRANT|REFERRAL",
                message = "must be TRANSIT_ASSISTANCE, ECONOMIC_SUPPORT, SOCIAL_SUPPORT, PSYCHOSOCIAL_SUPPORT, BUSINESS_GRANT or REFERRAL") String> supportKind,
        List<@Pattern(regexp = "[A-Z_]{2,40}", message = "must be a flag code such as FOLLOW_UP_MISSED") String> flag,
        List<@Pattern(regexp = "\\d{4}-Q[1-4]", message = "must be a quarter such as 2026-Q1") String> returnQuarter,
        @Schema(description = "Returned home on or after this date (YYYY-MM-DD)") LocalDate returnedFrom,
        @Schema(description = "Returned home on or before this date (YYYY-MM-DD)") LocalDate returnedTo,
        @Schema(description = "Only cases with (true) or without (false) an overdue follow-up") Boolean overdue,
        @Pattern(regexp = "(referredOn|returnedOn|nextFollowUpDueOn|lastContactOn|reference|status|office|lastRecordedAt)(,(asc|desc))?",
                message = "must be a sortable field (referredOn, returnedOn, nextFollowUpDueOn, lastContactOn, reference, status, office, lastRecordedAt), optionally followed by ,asc or ,desc")
        String sort,
        @Min(value = 0, message = "must be 0 or more") Integer page,
        @Min(value = 1, message = "must be between 1 and 100") @Max(value = 100, message = "must be between 1 and 100") Integer size) {

    @AssertTrue(message = "returnedFrom must not be after returnedTo")
    @Schema(hidden = true)
    boolean isReturnPeriod() {
        return returnedFrom == null || returnedTo == null || !returnedFrom.isAfter(returnedTo);
    }

    @AssertTrue(message = "page × size must stay within the first 10,000 results; narrow the search instead")
    @Schema(hidden = true)
    boolean isWithinResultWindow() {
        return (long) (page == null ? 0 : page) * (size == null ? 20 : size) + (size == null ? 20 : size) <= CaseQuery.MOST_RESULTS;
    }

    CaseQuery toQuery() {
        String field = sort == null ? null : sort.split(",")[0];
        boolean descending = sort == null || !sort.endsWith(",asc");
        return new CaseQuery(q, status, office, nationality, exploitationCountry, sex, supportKind, flag, returnQuarter,
                returnedFrom,
                returnedTo, overdue, null, field, descending, page == null ? 0 : page, size == null ? 20 : size);
    }
}

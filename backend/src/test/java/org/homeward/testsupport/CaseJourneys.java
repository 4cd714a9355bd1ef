package org.homeward.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.homeward.casefile.assessment.ScoringScheme;
import org.homeward.testsupport.ApiClient.Response;

import tools.jackson.databind.JsonNode;

/** Records case histories through the partner API, as officers would, for tests of what reads them. */
public final class CaseJourneys {

    private final ApiClient api;

    public CaseJourneys(ApiClient api) {
        this.api = api;
    }

    /** A recorded case: its API path and the ids of its events, in order. */
    public record RecordedCase(String path, String caseId, List<String> eventIds) {
        public String lastEventId() {
            return eventIds.getLast();
        }
    }

    /** What varies between the cases a test records. */
    public record Profile(String office, String officer, String sex, int birthYear, String nationality,
                          String exploitationCountry, String returnedOn, boolean economicSupport,
                          String followUpDueOn) {
    }

    public RecordedCase open(String officer, String office, String sex, int birthYear, String nationality) {
        Response opened = api.post("/api/cases", officer, """
                {
                  "personalDetails": {"fullName": "Test Person Searchable", "phone": "+999 555 0199"},
                  "sex": "%s", "birthYear": %d, "nationality": "%s", "office": "%s",
                  "referralSource": "IOM", "referredOn": "2026-01-10",
                  "consent": {"dataProcessing": true, "dataSharing": true}
                }""".formatted(sex, birthYear, nationality, office));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String caseId = opened.json().get("caseId").asString();
        List<String> events = new ArrayList<>();
        events.add(null); // the opening's id is not returned by POST /api/cases; read it from the history when needed
        return new RecordedCase("/api/cases/" + caseId, caseId, events);
    }

    /** Records a step and adds its event id to the case; returns the response body. */
    public JsonNode step(RecordedCase recorded, String officer, String path, String json) {
        Response response = api.post(recorded.path() + path, officer, json);
        assertThat(response.status()).as(path + " -> " + response.body()).isEqualTo(201);
        recorded.eventIds().add(response.json().get("eventId").asString());
        return response.json();
    }

    /** A case from referral to a return home, with optional support and a follow-up due on a given date. */
    public RecordedCase journey(Profile profile) {
        RecordedCase recorded = open(profile.officer(), profile.office(), profile.sex(), profile.birthYear(),
                profile.nationality());
        step(recorded, profile.officer(), "/exploitation", """
                {"form": "FORCED_CRIMINALITY_ONLINE_SCAMS", "countryOfExploitation": "%s", "transitCountries": ["TH"],
                 "recruitmentChannel": "SOCIAL_MEDIA", "startedOn": "2025-06-01", "endedOn": "2025-12-20"}"""
                .formatted(profile.exploitationCountry()));
        step(recorded, profile.officer(), "/screening", """
                {"outcome": "IDENTIFIED_VICTIM", "screenedOn": "2026-01-12"}""");
        step(recorded, profile.officer(), "/assistance", """
                {"kind": "FOOD", "country": "TH", "provider": "Transit shelter",
                 "cost": {"amount": 25.50, "currency": "USD"}, "providedOn": "2026-01-13"}""");
        if (profile.returnedOn() != null) {
            step(recorded, profile.officer(), "/returned-home", """
                    {"returnedOn": "%s", "province": "Somewhere", "district": "Nowhere"}""".formatted(profile.returnedOn()));
            if (profile.economicSupport()) {
                step(recorded, profile.officer(), "/economic-support", """
                        {"kind": "CASH", "value": {"amount": 100, "currency": "USD"}, "providedOn": "%s"}"""
                        .formatted(profile.returnedOn()));
            }
            if (profile.followUpDueOn() != null) {
                step(recorded, profile.officer(), "/follow-ups", """
                        {"purpose": "CHECK_IN", "dueOn": "%s", "scheduledOn": "%s"}"""
                        .formatted(profile.followUpDueOn(), profile.returnedOn()));
            }
        }
        return recorded;
    }

    /** An assessment under the scheme with every answer at the best (scoring 1) or the worst (scoring 0) of its scale. */
    public void assess(RecordedCase recorded, String officer, LocalDate on, ScoringScheme scheme, boolean best) {
        String answers = scheme.indicators().stream().map(indicator -> "\"" + indicator.code() + "\": \""
                        + (best ? indicator.scale().getLast() : indicator.scale().getFirst()).code() + "\"")
                .collect(Collectors.joining(", "));
        step(recorded, officer, "/assessments", """
                {"assessedOn": "%s", "schemeVersion": "%s", "answers": {%s}}""".formatted(on, scheme.id(), answers));
    }

    /**
     * A plan to start a business agreed on {@code agreedOn}, a USD 500 grant approved ten days later and a first
     * tranche of {@code paid} USD twenty days later; returns the grant's id.
     */
    public String businessGrant(RecordedCase recorded, String officer, LocalDate agreedOn, String businessType, String paid) {
        step(recorded, officer, "/reintegration-plans", """
                {"economicGoal": "START_BUSINESS", "socialGoal": "NONE", "psychosocialGoal": "NONE",
                 "budget": {"amount": 800, "currency": "USD"}, "agreedOn": "%s"}""".formatted(agreedOn));
        String grant = step(recorded, officer, "/business-grants", """
                {"businessType": "%s", "amount": {"amount": 500, "currency": "USD"}, "approvedOn": "%s"}"""
                .formatted(businessType, agreedOn.plusDays(10))).get("id").asString();
        step(recorded, officer, "/business-grants/" + grant + "/tranches", """
                {"amount": {"amount": %s, "currency": "USD"}, "disbursedOn": "%s"}""".formatted(paid, agreedOn.plusDays(20)));
        return grant;
    }
}

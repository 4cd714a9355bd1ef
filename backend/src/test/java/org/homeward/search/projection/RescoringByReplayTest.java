package org.homeward.search.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.casefile.CaseOpened;
import org.homeward.casefile.Consent;
import org.homeward.casefile.ReferralSource;
import org.homeward.casefile.Sex;
import org.homeward.casefile.assessment.ReintegrationAssessed;
import org.homeward.casefile.assessment.ScoringScheme;
import org.homeward.casefile.assessment.ScoringSchemes;
import org.homeward.casefile.journey.ReturnedHome;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A new scoring scheme version rescores every past assessment when the read models replay the events: the same
 * history folded again with v1 and v2 published gives v2's scores on top and keeps v1's beside them.
 */
class RescoringByReplayTest {

    private static final String V1 = "reintegration-sustainability-v1";
    private static final String V2 = "reintegration-sustainability-v2";
    private static final UUID CASE = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final LocalDate RETURNED = LocalDate.parse("2025-01-10");

    @Test
    void aNewSchemeVersionRescoresThePastAndKeepsTheOldScores() throws IOException {
        ScoringScheme v1 = v1();
        List<StoredCaseEvent> history = history(v1);

        AssessmentDocument before = new CaseProjection(new AssessmentScoring(ScoringSchemes.of(List.of(v1))))
                .project(history).assessmentDocuments().getFirst();
        // economic 4/7 (six answers worth 0.5, one worth 1), social 1, psychosocial 1; all weights 1
        assertThat(before.scoredWith()).isEqualTo(V1);
        assertThat(before.economic()).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(before.overall()).isCloseTo((4.0 / 7 + 2) / 3, within(1e-9));
        assertThat(before.sustainable()).as("overall ≥ 0.66 and every dimension ≥ 0.5").isTrue();
        assertThat(before.scores()).extracting(AssessmentDocument.SchemeScores::scheme).containsExactly(V1);

        ProjectedCase after = new CaseProjection(new AssessmentScoring(ScoringSchemes.of(List.of(v1, v2(v1)))))
                .project(history);
        AssessmentDocument rescored = after.assessmentDocuments().getFirst();
        // v2 weighs the economic dimension twice and asks 0.6 of every dimension
        assertThat(rescored.scoredWith()).isEqualTo(V2);
        assertThat(rescored.answeredScheme()).isEqualTo(V1);
        assertThat(rescored.overall()).isCloseTo((2 * 4.0 / 7 + 2) / 4, within(1e-9));
        assertThat(rescored.sustainable()).isFalse();
        assertThat(rescored.scores()).extracting(AssessmentDocument.SchemeScores::scheme).containsExactly(V1, V2);
        AssessmentDocument.SchemeScores kept = rescored.scores().getFirst();
        assertThat(kept.overall()).isEqualTo(before.overall());
        assertThat(kept.sustainable()).isTrue();
        assertThat(after.caseDocument().latestAssessment().scheme()).isEqualTo(V2);
        assertThat(after.caseDocument().flags()).contains("NOT_SUSTAINABLE");
    }

    private static List<StoredCaseEvent> history(ScoringScheme v1) {
        Map<String, String> answers = new LinkedHashMap<>();
        v1.indicators().forEach(indicator -> {
            var scale = indicator.scale();
            boolean economic = indicator.code().startsWith("economic.");
            // economic: the middle of each scale (0.5), or its best where it has two answers; the rest at their best
            answers.put(indicator.code(), (economic && scale.size() > 2 ? scale.get(scale.size() / 2) : scale.getLast()).code());
        });
        Instant at = Instant.parse("2026-02-01T10:00:00Z");
        return List.of(
                new StoredCaseEvent("e1", 0, at, "officer-jkt", "JKT", new CaseOpened(CASE, "HW-JKT-TEST", null,
                        Sex.FEMALE, 1995, "ID", "JKT", ReferralSource.IOM, LocalDate.parse("2024-12-01"),
                        new Consent(true, false), "officer-jkt")),
                new StoredCaseEvent("e2", 1, at, "officer-jkt", "JKT", new ReturnedHome(CASE, "P", "D", RETURNED)),
                new StoredCaseEvent("e3", 2, at, "officer-jkt", "JKT", new ReintegrationAssessed(CASE,
                        UUID.fromString("00000000-0000-0000-0000-0000000000b1"), V1, answers, RETURNED.plusMonths(12))));
    }

    private static ScoringScheme v1() throws IOException {
        try (InputStream json = RescoringByReplayTest.class.getResourceAsStream("/scoring/" + V1 + ".json")) {
            return ScoringScheme.read(json);
        }
    }

    /** v1 with the economic dimension weighing twice and a threshold of 0.6 for every dimension. */
    private static ScoringScheme v2(ScoringScheme v1) throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode scheme;
        try (InputStream json = RescoringByReplayTest.class.getResourceAsStream("/scoring/" + V1 + ".json")) {
            scheme = (ObjectNode) mapper.readTree(json);
        }
        scheme.put("id", V2).put("version", 2).put("title", "Test scheme v2");
        ((ObjectNode) scheme.get("sustainableThreshold")).put("eachDimension", 0.6);
        scheme.get("dimensions").forEach(dimension -> {
            if (dimension.get("code").asString().equals("economic")) {
                ((ObjectNode) dimension).put("weight", 2);
            }
        });
        return ScoringScheme.read(new ByteArrayInputStream(mapper.writeValueAsBytes(scheme)));
    }
}

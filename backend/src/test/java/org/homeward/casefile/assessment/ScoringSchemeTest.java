package org.homeward.casefile.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.homeward.casefile.assessment.AnswerSets.V1;
import static org.homeward.casefile.assessment.AnswerSets.doingWell;
import static org.homeward.casefile.assessment.AnswerSets.struggling;
import static org.homeward.casefile.assessment.AnswerSets.wellOffButInDistress;
import static org.homeward.casefile.assessment.AnswerSets.with;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.assertj.core.data.Offset;
import org.homeward.casefile.assessment.ScoringScheme.AnswerProblem;
import org.homeward.casefile.assessment.ScoringScheme.Dimension;
import org.homeward.casefile.assessment.ScoringScheme.Indicator;
import org.junit.jupiter.api.Test;

/**
 * Scores checked against sums done by hand. In version 1 every weight is equal: an indicator counts 1/n of its
 * dimension (n = the dimension's indicators that apply), each dimension a third of the overall score.
 */
class ScoringSchemeTest {

    private static final Offset<Double> EXACT = within(1e-12);
    private static final ScoringSchemes SCHEMES = ScoringConfiguration.fromClasspath();
    private static final ScoringScheme SCHEME = SCHEMES.find(V1).orElseThrow();

    @Test
    void scoresAPersonDoingWellLeavingOutTheSchoolingOfChildrenTheyDoNotHave() {
        // economic:     (0.75 + 1 + 0.5 + 1 + 1 + 0.5 + 0.75) / 7 = 5.5 / 7 = 11/14 ≈ 0.7857
        // social:       schooling does not apply, so the other five count 1/5 each instead of 1/6:
        //               (0.75 + 1 + 0.5 + 0.75 + 0.5) / 5 = 3.5 / 5 = 0.7
        //               (had it been answered "very_poor" (0): 3.5 / 6 ≈ 0.583)
        // psychosocial: (0.5 + 1 + 0.75 + 0.75 + 0.75 + 1) / 6 = 4.75 / 6 = 19/24 ≈ 0.7917
        // overall:      (11/14 + 7/10 + 19/24) / 3 = (660 + 588 + 665) / 840 / 3 = 1913 / 2520 ≈ 0.7591
        // sustainable:  0.7591 >= 0.66 and every dimension >= 0.5
        AssessmentScores scores = SCHEME.score(doingWell());

        assertThat(scores.schemeVersion()).isEqualTo(V1);
        assertThat(scores.economic()).isCloseTo(11.0 / 14, EXACT);
        assertThat(scores.social()).isCloseTo(0.7, EXACT);
        assertThat(scores.psychosocial()).isCloseTo(19.0 / 24, EXACT);
        assertThat(scores.overall()).isCloseTo(1913.0 / 2520, EXACT);
        assertThat(scores.sustainable()).isTrue();
        assertThat(SCHEME.score(with(doingWell(), "social.schooling_of_children", "very_poor")).social())
                .isCloseTo(3.5 / 6, EXACT);
    }

    @Test
    void scoresAPersonStrugglingWithoutWorkLeavingOutTheirSatisfactionWithWork() {
        // economic:     work satisfaction does not apply (no work): (0.25 + 0.25 + 0 + 0 + 0 + 0) / 6 = 0.5 / 6 = 1/12
        // social:       (0.5 + 0.25 + 0.5 + 0.5 + 0.75 + 0.25) / 6 = 2.75 / 6 = 11/24
        // psychosocial: (0.25 + 0.5 + 0.5 + 0.5 + 0.25 + 0) / 6 = 2 / 6 = 1/3
        // overall:      (2/24 + 11/24 + 8/24) / 3 = 21/72 = 7/24 ≈ 0.2917
        AssessmentScores scores = SCHEMES.score(V1, struggling());

        assertThat(scores.economic()).isCloseTo(1.0 / 12, EXACT);
        assertThat(scores.social()).isCloseTo(11.0 / 24, EXACT);
        assertThat(scores.psychosocial()).isCloseTo(1.0 / 3, EXACT);
        assertThat(scores.overall()).isCloseTo(7.0 / 24, EXACT);
        assertThat(scores.sustainable()).isFalse();
    }

    @Test
    void aGoodOverallScoreIsNotSustainableWhileOneDimensionIsFailing() {
        // economic 7/7 = 1, social 6/6 = 1, psychosocial (0 + 0.5 + 0.25 + 0.25 + 0 + 0) / 6 = 1/6
        // overall (1 + 1 + 1/6) / 3 = 13/18 ≈ 0.722 >= 0.66, but psychosocial 0.167 < 0.5
        AssessmentScores scores = SCHEME.score(wellOffButInDistress());

        assertThat(scores.economic()).isCloseTo(1, EXACT);
        assertThat(scores.social()).isCloseTo(1, EXACT);
        assertThat(scores.psychosocial()).isCloseTo(1.0 / 6, EXACT);
        assertThat(scores.overall()).isCloseTo(13.0 / 18, EXACT).isGreaterThan(SCHEME.sustainableThreshold().overall());
        assertThat(scores.sustainable()).isFalse();
    }

    @Test
    void weightsInAFileAreRelativeAndRenormalisedWhenAnIndicatorDoesNotApply() {
        ScoringScheme weighted = read(smallScheme(""));
        // economic (weight 2 of 4): a (weight 3 of 4) yes = 1, b (weight 1 of 4) mid = 0.5: (3 * 1 + 1 * 0.5) / 4 = 0.875
        // social (1 of 4) yes = 1, psychosocial (1 of 4) no = 0
        // overall (2 * 0.875 + 1 * 1 + 1 * 0) / 4 = 2.75 / 4 = 0.6875 < 0.7
        Map<String, String> answers = Map.of("economic.a", "yes", "economic.b", "mid", "social.a", "yes", "psychosocial.a", "no");
        AssessmentScores scores = weighted.score(answers);
        assertThat(scores.economic()).isCloseTo(0.875, EXACT);
        assertThat(scores.overall()).isCloseTo(0.6875, EXACT);
        assertThat(scores.sustainable()).isFalse();
        // b does not apply: economic 3 * 1 / 3 = 1; overall (2 * 1 + 1 + 0) / 4 = 0.75 >= 0.7 (and every dimension >= 0)
        AssessmentScores withoutB = weighted.score(with(answers, "economic.b", "none"));
        assertThat(withoutB.economic()).isCloseTo(1, EXACT);
        assertThat(withoutB.overall()).isCloseTo(0.75, EXACT);
        assertThat(withoutB.sustainable()).isTrue();
        assertThat(weighted.dimensions()).extracting(Dimension::weight).containsExactly(0.5, 0.25, 0.25);
        assertThat(weighted.dimensions().getFirst().indicators()).extracting(Indicator::weight).containsExactly(0.75, 0.25);
    }

    @Test
    void theDefaultSchemeIsVersionOneAndComplete() {
        assertThat(SCHEMES.newest()).isSameAs(SCHEME);
        assertThat(SCHEMES.ids()).containsExactly(V1);
        assertThat(SCHEME.dimensions()).extracting(Dimension::code).containsExactly("economic", "social", "psychosocial");
        assertThat(SCHEME.dimensions().stream().mapToDouble(Dimension::weight).sum()).isCloseTo(1, EXACT);
        for (Dimension dimension : SCHEME.dimensions()) {
            assertThat(dimension.indicators().stream().mapToDouble(Indicator::weight).sum()).as(dimension.code())
                    .isCloseTo(1, EXACT);
            assertThat(dimension.indicators()).as(dimension.code() + " has an indicator that always applies")
                    .anyMatch(indicator -> indicator.notApplicable() == null);
            for (Indicator indicator : dimension.indicators()) {
                assertThat(indicator.code()).startsWith(dimension.code() + ".");
                assertThat(indicator.label()).isNotBlank();
                assertThat(indicator.question()).isNotBlank();
                assertThat(indicator.weight()).as(indicator.code()).isPositive();
                assertThat(indicator.scale()).as(indicator.code()).hasSizeGreaterThanOrEqualTo(2);
                assertThat(indicator.scale().getFirst().value()).isZero();
                assertThat(indicator.scale().getLast().value()).isEqualTo(1);
            }
        }
        assertThat(SCHEME.indicators()).extracting(Indicator::code).contains(
                "economic.economic_situation_satisfaction", "economic.food_security", "economic.debt",
                "economic.income_activity", "economic.productive_assets", "social.housing",
                "social.schooling_of_children", "social.identity_documents", "social.health_care",
                "social.safe_drinking_water", "social.access_to_justice", "psychosocial.community_participation",
                "psychosocial.support_network", "psychosocial.physical_security",
                "psychosocial.tension_or_discrimination", "psychosocial.signs_of_distress",
                "psychosocial.wish_for_psychological_support");
        assertThat(SCHEME.indicator("social.schooling_of_children").orElseThrow().notApplicable()).isNotNull();
        assertThat(SCHEME.sustainableThreshold()).isEqualTo(new ScoringScheme.Threshold(0.66, 0.5));
        assertThat(SCHEME.source()).contains("NOT the RSS", "principal component analysis", "calibrate");
        assertThat(SCHEME.score(doingWell()).schemeVersion()).isEqualTo(SCHEMES.newest().id());
    }

    @Test
    void namesWhatKeepsAnswersFromBeingScored() {
        assertThat(SCHEME.problemWith(doingWell())).isEmpty();
        assertThat(SCHEME.problemWith(with(doingWell(), "economic.lottery_win", "yes")))
                .contains(new AnswerProblem("answers.economic.lottery_win", "the scoring scheme " + V1 + " has no such indicator"));
        assertThat(SCHEME.problemWith(with(doingWell(), "economic.debt", null))).get().extracting(AnswerProblem::field)
                .isEqualTo("answers.economic.debt");
        assertThat(SCHEME.problemWith(with(doingWell(), "social.housing", "palace"))).get()
                .isEqualTo(new AnswerProblem("answers.social.housing",
                        "not an answer of this indicator; one of [very_poor, poor, fair, good, very_good]"));
        // "not applicable" only where the scheme allows it
        assertThat(SCHEME.problemWith(with(doingWell(), "social.housing", "no_school_age_children"))).isPresent();
        Map<String, String> nullAnswer = new HashMap<>(doingWell());
        nullAnswer.put("social.housing", null);
        assertThat(SCHEME.problemWith(nullAnswer)).get().extracting(AnswerProblem::field).isEqualTo("answers.social.housing");
        assertThat(SCHEME.problemWith(null)).contains(new AnswerProblem("answers", "the answers are required"));
        assertThatThrownBy(() -> SCHEME.score(with(doingWell(), "economic.debt", null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("answers.economic.debt: not answered");
        assertThatThrownBy(() -> SCHEMES.score("reintegration-sustainability-v0", doingWell()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no scoring scheme reintegration-sustainability-v0");
    }

    @Test
    void refusesSchemeFilesThatCannotScoreHonestly() {
        assertThatThrownBy(() -> read(smallScheme("").replace("\"value\": 0.5", "\"value\": 1.5")))
                .hasMessageContaining("economic.b.mid.value: from 0 to 1");
        assertThatThrownBy(() -> read(smallScheme("").replace("{\"code\": \"low\", \"label\": \"Low\", \"value\": 0}, ", "")))
                .hasMessageContaining("the worst answer is worth 0 and the best 1");
        assertThatThrownBy(() -> read(smallScheme("").replace("\"weight\": 3", "\"weight\": 0")))
                .hasMessageContaining("economic.a.weight: a positive number");
        assertThatThrownBy(() -> read(smallScheme("").replace("\"code\": \"social\"", "\"code\": \"cultural\"")))
                .hasMessageContaining("exactly [economic, social, psychosocial]");
        assertThatThrownBy(() -> read(smallScheme(", \"notApplicable\": {\"code\": \"none\", \"label\": \"None\"}")))
                .hasMessageContaining("at least one that always applies");
        assertThatThrownBy(() -> read(smallScheme("").replace("\"title\"", "\"colour\": \"red\", \"title\"")))
                .hasMessageContaining("not a scoring scheme");
        assertThatThrownBy(() -> read(smallScheme("").replace("\"source\": \"Invented for a test.\",", "")))
                .hasMessageContaining("source: required");
    }

    private static ScoringScheme read(String json) {
        return ScoringScheme.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** A scheme with relative weights; {@code psychosocialExtra} is added to the only psychosocial indicator. */
    private static String smallScheme(String psychosocialExtra) {
        return """
                {"id": "test-v1", "version": 1, "title": "Test", "source": "Invented for a test.",
                 "sustainableThreshold": {"overall": 0.7, "eachDimension": 0},
                 "dimensions": [
                  {"code": "economic", "label": "Economic", "weight": 2, "indicators": [
                    {"code": "economic.a", "label": "A", "question": "A?", "weight": 3,
                     "scale": [{"code": "no", "label": "No", "value": 0}, {"code": "yes", "label": "Yes", "value": 1}]},
                    {"code": "economic.b", "label": "B", "question": "B?", "weight": 1,
                     "scale": [{"code": "low", "label": "Low", "value": 0}, {"code": "mid", "label": "Mid", "value": 0.5},
                               {"code": "high", "label": "High", "value": 1}],
                     "notApplicable": {"code": "none", "label": "None"}}]},
                  {"code": "social", "label": "Social", "weight": 1, "indicators": [
                    {"code": "social.a", "label": "A", "question": "A?", "weight": 1,
                     "scale": [{"code": "no", "label": "No", "value": 0}, {"code": "yes", "label": "Yes", "value": 1}]}]},
                  {"code": "psychosocial", "label": "Psychosocial", "weight": 1, "indicators": [
                    {"code": "psychosocial.a", "label": "A", "question": "A?", "weight": 1,
                     "scale": [{"code": "no", "label": "No", "value": 0}, {"code": "yes", "label": "Yes", "value": 1}]%s}]}]}
                """.formatted(psychosocialExtra);
    }
}

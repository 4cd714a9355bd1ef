package org.homeward.casefile.assessment;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * One version of the reintegration questionnaire and how its answers are scored, read from a JSON file (see
 * {@code scoring/reintegration-sustainability-v1.json}). Each of the three dimensions (economic, social, psychosocial)
 * holds indicators; each indicator has an ordered scale of answers worth 0 (worst) to 1 (best) and may have a "not
 * applicable" answer. A dimension's score is the weighted mean of its applicable answers' values (the weights of the
 * applicable indicators renormalised); the overall score is the weighted mean of the dimension scores.
 * <p>
 * Weights in the file are relative; here they are shares: an indicator's weight among its dimension's indicators and a
 * dimension's weight in the overall score each sum to 1. Immutable and free of Spring, so the aggregate, read models
 * and tests can all use it. The file is read and checked by {@link ScoringSchemeFile}; this class checks answers
 * and scores them.
 */
public final class ScoringScheme {

    /** The dimensions every scheme scores, as {@link AssessmentScores} reports them. */
    public static final List<String> DIMENSIONS = List.of("economic", "social", "psychosocial");

    /** Absorbs the rounding of sums of doubles when a score meets a threshold written as a decimal (0.66). */
    private static final double TOLERANCE = 1e-9;

    private final String id;
    private final int version;
    private final String title;
    private final String source;
    private final List<String> notes;
    private final Threshold sustainableThreshold;
    private final List<Dimension> dimensions;
    private final Map<String, Indicator> indicators;

    /** A dimension and its share of the overall score. */
    public record Dimension(String code, String label, double weight, List<Indicator> indicators) {
    }

    /**
     * A question, its share of its dimension's score (before indicators that do not apply are left out), its answers
     * from worst to best, and the answer that says it does not apply ({@code null} when it always applies).
     */
    public record Indicator(String code, String label, String question, double weight, List<Answer> scale,
                            NotApplicable notApplicable) {

        /** Every answer code this indicator accepts, the scale's first, then the "not applicable" one if any. */
        public List<String> answerCodes() {
            List<String> codes = new ArrayList<>(scale.stream().map(Answer::code).toList());
            if (notApplicable != null) {
                codes.add(notApplicable.code());
            }
            return codes;
        }

        public boolean accepts(String answerCode) {
            return answerCodes().contains(answerCode);
        }

        /**
         * The value of an answer, or empty when the answer says the indicator does not apply.
         *
         * @throws IllegalArgumentException when this indicator has no such answer
         */
        public OptionalDouble valueOf(String answerCode) {
            if (notApplicable != null && notApplicable.code().equals(answerCode)) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(scale.stream().filter(answer -> answer.code().equals(answerCode))
                    .mapToDouble(Answer::value).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(code + " has no answer " + answerCode)));
        }
    }

    /** One step of an indicator's scale, worth {@code value} from 0 (worst) to 1 (best). */
    public record Answer(String code, String label, double value) {
    }

    /** The answer that takes an indicator out of the score, such as "no school-age children". */
    public record NotApplicable(String code, String label) {
    }

    /** Sustainable means an overall score of at least {@code overall} and every dimension at least {@code eachDimension}. */
    public record Threshold(double overall, double eachDimension) {
    }

    /** What is wrong with a set of answers: the field ({@code answers.<indicator code>}) and why. */
    public record AnswerProblem(String field, String reason) {
    }

    /** Built by {@link ScoringSchemeFile}, once the file passed its checks. */
    ScoringScheme(String id, int version, String title, String source, List<String> notes,
                          Threshold sustainableThreshold, List<Dimension> dimensions) {
        this.id = id;
        this.version = version;
        this.title = title;
        this.source = source;
        this.notes = List.copyOf(notes);
        this.sustainableThreshold = sustainableThreshold;
        this.dimensions = List.copyOf(dimensions);
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        dimensions.forEach(dimension -> dimension.indicators().forEach(indicator -> byCode.put(indicator.code(), indicator)));
        this.indicators = Collections.unmodifiableMap(byCode);
    }

    /** The identifier assessments name as their {@code schemeVersion}, such as {@code reintegration-sustainability-v1}. */
    public String id() {
        return id;
    }

    /** Orders the schemes: the highest version is the newest. */
    public int version() {
        return version;
    }

    public String title() {
        return title;
    }

    /** Where the scheme, its weights and threshold come from. */
    public String source() {
        return source;
    }

    public List<String> notes() {
        return notes;
    }

    public Threshold sustainableThreshold() {
        return sustainableThreshold;
    }

    /** In the order of {@link #DIMENSIONS}. */
    public List<Dimension> dimensions() {
        return dimensions;
    }

    /** Every indicator, dimension by dimension, in the order of the file. */
    public List<Indicator> indicators() {
        return List.copyOf(indicators.values());
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    /**
     * The first thing that keeps these answers from being scored by this scheme, if any: an indicator the scheme does
     * not have (named in code order), then, in the scheme's order, an indicator not answered or answered with a code
     * that is not one of its answers.
     */
    public Optional<AnswerProblem> problemWith(Map<String, String> answers) {
        if (answers == null) {
            return Optional.of(new AnswerProblem("answers", "the answers are required"));
        }
        if (answers.keySet().stream().anyMatch(Objects::isNull)) {
            return Optional.of(new AnswerProblem("answers", "every answer needs an indicator code"));
        }
        Set<String> unknown = new TreeSet<>(answers.keySet());
        unknown.removeAll(indicators.keySet());
        if (!unknown.isEmpty()) {
            return Optional.of(new AnswerProblem("answers." + unknown.iterator().next(),
                    "the scoring scheme " + id + " has no such indicator"));
        }
        for (Indicator indicator : indicators.values()) {
            String answer = answers.get(indicator.code());
            if (answer == null) {
                return Optional.of(new AnswerProblem("answers." + indicator.code(),
                        "not answered; every indicator of " + id + " needs one of " + indicator.answerCodes()));
            }
            if (!indicator.accepts(answer)) {
                return Optional.of(new AnswerProblem("answers." + indicator.code(),
                        "not an answer of this indicator; one of " + indicator.answerCodes()));
            }
        }
        return Optional.empty();
    }

    /**
     * The scores of a complete set of answers.
     *
     * @throws IllegalArgumentException when {@link #problemWith} finds a problem with them
     */
    public AssessmentScores score(Map<String, String> answers) {
        problemWith(answers).ifPresent(problem -> {
            throw new IllegalArgumentException(problem.field() + ": " + problem.reason());
        });
        double[] scores = new double[DIMENSIONS.size()];
        double overall = 0;
        for (int d = 0; d < dimensions.size(); d++) {
            Dimension dimension = dimensions.get(d);
            double weighted = 0;
            double applicableWeight = 0;
            for (Indicator indicator : dimension.indicators()) {
                OptionalDouble value = indicator.valueOf(answers.get(indicator.code()));
                if (value.isPresent()) {
                    weighted += indicator.weight() * value.getAsDouble();
                    applicableWeight += indicator.weight();
                }
            }
            // every dimension has an indicator that always applies (checked when the scheme is read)
            scores[d] = weighted / applicableWeight;
            overall += dimension.weight() * scores[d];
        }
        boolean sustainable = overall + TOLERANCE >= sustainableThreshold.overall();
        for (double score : scores) {
            sustainable &= score + TOLERANCE >= sustainableThreshold.eachDimension();
        }
        return new AssessmentScores(id, scores[0], scores[1], scores[2], overall, sustainable);
    }

    @Override
    public String toString() {
        return "ScoringScheme[" + id + "]";
    }

    /**
     * Reads and checks a scheme file.
     *
     * @throws IllegalArgumentException when the file is not a complete, consistent scheme
     */
    public static ScoringScheme read(InputStream json) {
        return ScoringSchemeFile.read(json);
    }
}

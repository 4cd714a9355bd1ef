package org.homeward.casefile.assessment;

import static org.homeward.casefile.assessment.ScoringScheme.DIMENSIONS;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.homeward.casefile.assessment.ScoringScheme.Answer;
import org.homeward.casefile.assessment.ScoringScheme.Dimension;
import org.homeward.casefile.assessment.ScoringScheme.Indicator;
import org.homeward.casefile.assessment.ScoringScheme.NotApplicable;
import org.homeward.casefile.assessment.ScoringScheme.Threshold;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scoring scheme's JSON file as written, and the checks that make it a {@link ScoringScheme}: every field present
 * and in range, the three dimensions, indicator codes unique and under their dimension, scales rising from 0 to 1,
 * and the relative weights turned into shares. A file that fails a check is refused whole, naming the field.
 */
final class ScoringSchemeFile {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private ScoringSchemeFile() {
    }

    /**
     * Reads and checks a scheme file.
     *
     * @throws IllegalArgumentException when the file is not a complete, consistent scheme
     */
    static ScoringScheme read(InputStream json) {
        SchemeFile file;
        try {
            file = JSON.readValue(json, SchemeFile.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a scoring scheme: " + e.getOriginalMessage(), e);
        }
        return file.toScheme();
    }

    record SchemeFile(String id, Integer version, String title, String source, List<String> notes,
                      ThresholdFile sustainableThreshold, List<DimensionFile> dimensions) {

        ScoringScheme toScheme() {
            check(id != null && id.matches("[a-z0-9][a-z0-9.-]*"), "id", "lower-case letters, digits, dots and dashes");
            String where = "scoring scheme " + id + ": ";
            check(version != null && version > 0, where + "version", "a positive whole number");
            check(notBlank(title), where + "title", "required");
            check(notBlank(source), where + "source", "required: say where the scheme and its weights come from");
            check(notes == null || notes.stream().allMatch(ScoringSchemeFile::notBlank), where + "notes", "no empty notes");
            check(sustainableThreshold != null && share(sustainableThreshold.overall())
                    && share(sustainableThreshold.eachDimension()), where + "sustainableThreshold",
                    "overall and eachDimension, each from 0 to 1");
            check(dimensions != null && dimensions.size() == DIMENSIONS.size()
                    && DIMENSIONS.stream().allMatch(code -> dimensions.stream().anyMatch(d -> d != null && code.equals(d.code()))),
                    where + "dimensions", "exactly " + DIMENSIONS);
            double dimensionWeights = 0;
            for (DimensionFile dimension : dimensions) {
                check(positive(dimension.weight()), where + dimension.code() + ".weight", "a positive number");
                dimensionWeights += dimension.weight();
            }
            List<Dimension> checked = new ArrayList<>();
            Set<String> indicatorCodes = new HashSet<>();
            for (String code : DIMENSIONS) {
                DimensionFile dimension = dimensions.stream().filter(d -> code.equals(d.code())).findFirst().orElseThrow();
                checked.add(dimension.toDimension(where, dimension.weight() / dimensionWeights, indicatorCodes));
            }
            return new ScoringScheme(id, version, title, source, notes == null ? List.of() : notes,
                    new Threshold(sustainableThreshold.overall(), sustainableThreshold.eachDimension()), checked);
        }
    }

    record ThresholdFile(Double overall, Double eachDimension) {
    }

    record DimensionFile(String code, String label, Double weight, List<IndicatorFile> indicators) {

        Dimension toDimension(String where, double share, Set<String> indicatorCodes) {
            String here = where + code;
            check(notBlank(label), here + ".label", "required");
            check(indicators != null && !indicators.isEmpty() && indicators.stream().allMatch(Objects::nonNull),
                    here + ".indicators", "at least one");
            check(indicators.stream().anyMatch(indicator -> indicator.notApplicable() == null), here + ".indicators",
                    "at least one that always applies, so that the dimension always has a score");
            double weights = 0;
            for (IndicatorFile indicator : indicators) {
                check(positive(indicator.weight()), here + "." + indicator.code() + ".weight", "a positive number");
                weights += indicator.weight();
            }
            List<Indicator> checked = new ArrayList<>();
            for (IndicatorFile indicator : indicators) {
                check(indicator.code() != null && indicator.code().startsWith(code + ".")
                        && indicator.code().length() > code.length() + 1, here + ".indicators",
                        "codes start with the dimension's code and a dot, such as " + code + ".housing");
                check(indicatorCodes.add(indicator.code()), where + indicator.code(), "appears twice");
                checked.add(indicator.toIndicator(where, indicator.weight() / weights));
            }
            return new Dimension(code, label, share, List.copyOf(checked));
        }
    }

    record IndicatorFile(String code, String label, String question, Double weight, List<AnswerFile> scale,
                         NotApplicableFile notApplicable) {

        Indicator toIndicator(String where, double share) {
            String here = where + code;
            check(notBlank(label), here + ".label", "required");
            check(notBlank(question), here + ".question", "required");
            check(scale != null && scale.size() >= 2 && scale.stream().allMatch(Objects::nonNull), here + ".scale",
                    "at least two answers, from worst to best");
            Set<String> codes = new HashSet<>();
            List<Answer> answers = new ArrayList<>();
            for (AnswerFile answer : scale) {
                check(notBlank(answer.code()) && codes.add(answer.code()), here + ".scale", "answer codes present and distinct");
                check(notBlank(answer.label()), here + "." + answer.code() + ".label", "required");
                check(answer.value() != null && share(answer.value()), here + "." + answer.code() + ".value", "from 0 to 1");
                check(answers.isEmpty() || answer.value() > answers.getLast().value(), here + ".scale",
                        "values rising from the worst answer to the best");
                answers.add(new Answer(answer.code(), answer.label(), answer.value()));
            }
            check(answers.getFirst().value() == 0 && answers.getLast().value() == 1, here + ".scale",
                    "the worst answer is worth 0 and the best 1");
            NotApplicable none = null;
            if (notApplicable != null) {
                check(notBlank(notApplicable.code()) && !codes.contains(notApplicable.code()), here + ".notApplicable.code",
                        "required, and not one of the scale's codes");
                check(notBlank(notApplicable.label()), here + ".notApplicable.label", "required");
                none = new NotApplicable(notApplicable.code(), notApplicable.label());
            }
            return new Indicator(code, label, question, share, List.copyOf(answers), none);
        }
    }

    record AnswerFile(String code, String label, Double value) {
    }

    record NotApplicableFile(String code, String label) {
    }

    private static void check(boolean rule, String field, String expected) {
        if (!rule) {
            throw new IllegalArgumentException("scoring scheme field " + field + ": " + expected);
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static boolean share(Double value) {
        return value != null && value >= 0 && value <= 1;
    }

    private static boolean positive(Double value) {
        return value != null && value > 0 && Double.isFinite(value);
    }
}

package org.homeward.casefile.assessment;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every version of the scoring scheme, by id. The newest (highest version) is the default for new assessments; older
 * ones stay, so that every recorded assessment can still be checked and scored under the scheme it was given under.
 */
public final class ScoringSchemes {

    private final Map<String, ScoringScheme> byId;

    private ScoringSchemes(List<ScoringScheme> oldestFirst) {
        Map<String, ScoringScheme> schemes = new LinkedHashMap<>();
        oldestFirst.forEach(scheme -> schemes.put(scheme.id(), scheme));
        this.byId = Collections.unmodifiableMap(schemes);
    }

    /**
     * @throws IllegalArgumentException when there is no scheme, or two share an id or a version
     */
    public static ScoringSchemes of(Collection<ScoringScheme> schemes) {
        if (schemes.isEmpty()) {
            throw new IllegalArgumentException("no scoring scheme");
        }
        if (schemes.stream().map(ScoringScheme::id).distinct().count() < schemes.size()
                || schemes.stream().mapToInt(ScoringScheme::version).distinct().count() < schemes.size()) {
            throw new IllegalArgumentException("two scoring schemes share an id or a version: " + schemes);
        }
        return new ScoringSchemes(schemes.stream().sorted(Comparator.comparingInt(ScoringScheme::version)).toList());
    }

    /** The scheme with this id (an assessment's {@code schemeVersion}), if there is one. */
    public Optional<ScoringScheme> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /** The default for new assessments: the highest version. */
    public ScoringScheme newest() {
        return all().getLast();
    }

    /** Oldest first. */
    public List<ScoringScheme> all() {
        return List.copyOf(byId.values());
    }

    /** The ids, oldest first. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /**
     * Scores answers under the scheme with this id; for a read model, usually the assessment's own
     * {@code schemeVersion}, or a newer scheme that keeps its indicators and answer codes to rescore it.
     *
     * @throws IllegalArgumentException when there is no such scheme or the answers do not fit it
     */
    public AssessmentScores score(String schemeVersion, Map<String, String> answers) {
        return find(schemeVersion).orElseThrow(() -> new IllegalArgumentException("no scoring scheme " + schemeVersion))
                .score(answers);
    }

    @Override
    public String toString() {
        return "ScoringSchemes" + ids();
    }
}

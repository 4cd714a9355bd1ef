package org.homeward.casefile.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads every scheme file under {@code scoring/} on the class path (inside the application's jar too) and offers them
 * as the {@link ScoringSchemes} bean, which Axon hands to the case's command handlers that need it.
 */
@Configuration(proxyBeanMethods = false)
public class ScoringConfiguration {

    static final String LOCATION = "classpath*:scoring/*.json";

    @Bean
    ScoringSchemes scoringSchemes() {
        return fromClasspath();
    }

    /**
     * The schemes on the class path, for the application and for tests without Spring.
     *
     * @throws IllegalStateException when a file cannot be read, is not a valid scheme or is not named after its id
     */
    public static ScoringSchemes fromClasspath() {
        try {
            List<ScoringScheme> schemes = new ArrayList<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                try (InputStream json = resource.getInputStream()) {
                    ScoringScheme scheme = ScoringScheme.read(json);
                    if (!(scheme.id() + ".json").equals(resource.getFilename())) {
                        throw new IllegalArgumentException("scoring scheme " + scheme.id() + " must be in a file named "
                                + scheme.id() + ".json");
                    }
                    schemes.add(scheme);
                } catch (IllegalArgumentException invalid) {
                    throw new IllegalStateException("Invalid scoring scheme " + resource.getDescription() + ": "
                            + invalid.getMessage(), invalid);
                }
            }
            return ScoringSchemes.of(schemes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LOCATION, e);
        }
    }
}

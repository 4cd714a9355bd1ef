package org.homeward.testsupport;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

/**
 * The search projections' internals, for the boundary tests of both modules: everything in
 * {@code org.homeward.search.projection} and {@code org.homeward.search.rebuild} except their published face, which is
 * the read-model documents that searches return and the operators' services for parked events and rebuilds. The
 * projectors, writers, index targets and the fold belong to the read models (and to replay and snapshots, which run
 * the same fold over the event store).
 */
public final class ProjectionInternals {

    /** Published classes; their nested types (a document's parts, a status's state) are published with them. */
    private static final Set<String> PUBLISHED = Set.of(
            "org.homeward.search.projection.CaseDocument",
            "org.homeward.search.projection.CaseEventDocument",
            "org.homeward.search.projection.AssessmentDocument",
            "org.homeward.search.projection.ParkedEvents",
            "org.homeward.search.rebuild.ProjectionRebuilds",
            "org.homeward.search.rebuild.RebuildStatus",
            "org.homeward.search.rebuild.RebuildAlreadyRunning");

    public static final DescribedPredicate<JavaClass> PROJECTION_INTERNALS = DescribedPredicate.describe(
            "are search projection or rebuild internals (not their documents, ParkedEvents or ProjectionRebuilds)",
            ProjectionInternals::isInternal);

    private ProjectionInternals() {
    }

    private static boolean isInternal(JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith("org.homeward.search.projection") && !pkg.startsWith("org.homeward.search.rebuild")) {
            return false;
        }
        String name = type.getName();
        return PUBLISHED.stream().noneMatch(published -> name.equals(published) || name.startsWith(published + "$"));
    }
}

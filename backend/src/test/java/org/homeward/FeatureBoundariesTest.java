package org.homeward;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.homeward.testsupport.ProjectionInternals.PROJECTION_INTERNALS;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

/**
 * The intended dependencies between the backend's feature packages, checked on the production classes. The views'
 * side of the same boundaries is checked in the ui module.
 */
class FeatureBoundariesTest {

    private static final JavaClasses BACKEND = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.homeward");

    @Test
    void theDomainKnowsNothingOfDeliveryReadModelsOrTheFeaturesBuiltOnIt() {
        noClasses().that().resideInAPackage("org.homeward.casefile..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework.web..", "org.springframework.security..", "co.elastic..",
                        "org.homeward.security..", "org.homeward.api..", "org.homeward.search..",
                        "org.homeward.replay..", "org.homeward.snapshot..", "org.homeward.outcomes..",
                        "org.homeward.privacy.retention..", "org.homeward.demo..", "org.homeward.eventstore..",
                        "org.homeward.ui..")
                .because("the case file is the domain: who is signed in, HTTP, and the read models are other "
                        + "features' business, which depend on it and not the other way round")
                .check(BACKEND);
    }

    @Test
    void theApiReachesTheProjectionsOnlyThroughTheirPublishedFace() {
        noClasses().that().resideInAPackage("org.homeward.api..")
                .should().dependOnClassesThat(PROJECTION_INTERNALS)
                .because("the API serves searches through CaseSearch and operators through ParkedEvents and "
                        + "ProjectionRebuilds; how the read models are written is theirs to change")
                .check(BACKEND);
    }

    @Test
    void onlyTheReadModelsReplayAndSnapshotsUseTheProjectionsInternals() {
        noClasses().that().resideOutsideOfPackages(
                        "org.homeward.search..", "org.homeward.replay..", "org.homeward.snapshot..")
                .should().dependOnClassesThat(PROJECTION_INTERNALS)
                .because("replay and snapshots run the projections' fold over the event store; everyone else "
                        + "reads what the projections wrote")
                .check(BACKEND);
    }

    @Test
    void theApiNeitherTouchesElasticsearchNorSendsCommandsItself() {
        noClasses().that().resideInAPackage("org.homeward.api..")
                .should().dependOnClassesThat().resideInAPackage("co.elastic..")
                .orShould().dependOnClassesThat(resideInAPackage("org.axonframework..")
                        .and(not(type(ConcurrencyException.class))))
                .because("controllers call the application services, which check who may do what; Axon's "
                        + "ConcurrencyException is the one refusal they let through")
                .check(BACKEND);
    }

    @Test
    void noFeatureDependsOnTheApiOrTheViews() {
        noClasses().that().resideOutsideOfPackage("org.homeward.api..")
                .should().dependOnClassesThat().resideInAPackage("org.homeward.api..")
                .because("the partner API is an edge that delivers the features, not a feature")
                .check(BACKEND);
        noClasses().should().dependOnClassesThat().resideInAPackage("org.homeward.ui..")
                .because("the views live in the ui module, on top of the backend")
                .check(BACKEND);
    }

    @Test
    void privacyAndSecurityStayBelowTheReadModelsAndDemo() {
        noClasses().that().resideInAnyPackage("org.homeward.privacy", "org.homeward.security..")
                .should().dependOnClassesThat().resideInAnyPackage("org.homeward.search..", "org.homeward.replay..",
                        "org.homeward.snapshot..", "org.homeward.outcomes..", "org.homeward.demo..")
                .because("the key vault and the user accounts are what every other feature builds on")
                .check(BACKEND);
    }

    @Test
    void noFeatureDependsOnTheDemoMode() {
        noClasses().that().resideOutsideOfPackage("org.homeward.demo..")
                .should().dependOnClassesThat().resideInAPackage("org.homeward.demo..")
                .because("demo mode only adds users and synthetic cases through the real command path")
                .check(BACKEND);
    }

    @Test
    void theFeaturesDependOnEachOtherWithoutCycles() {
        slices().assignedFrom(FEATURES)
                .should().beFreeOfCycles()
                .check(BACKEND);
    }

    /**
     * One slice per top-level package, except that the retention policy is a feature of its own: it closes cases
     * through the case file and finds them through the search, while the case file protects personal data with the
     * key vault of {@code org.homeward.privacy}. Seen as one slice, privacy would close a cycle with casefile and
     * search.
     */
    private static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String pkg = type.getPackageName();
            if (!pkg.startsWith("org.homeward.")) {
                return SliceIdentifier.ignore();
            }
            if (pkg.startsWith("org.homeward.privacy.retention")) {
                return SliceIdentifier.of("privacy.retention");
            }
            return SliceIdentifier.of(pkg.substring("org.homeward.".length()).split("\\.")[0]);
        }

        @Override
        public String getDescription() {
            return "the top-level feature packages of org.homeward (privacy.retention apart from privacy)";
        }
    };
}

package org.homeward.ui;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.homeward.testsupport.ProjectionInternals.PROJECTION_INTERNALS;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

/**
 * The views talk to the backend's application services only: they never query Elasticsearch, send commands or
 * touch the aggregate, nor reach into how the read models are written. Checked on the production classes of both
 * modules (the backend's shared test set-up left out).
 */
class ViewBoundariesTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/org/homeward/testsupport/"))
            .importPackages("org.homeward");

    @Test
    void viewsNeverTouchTheElasticsearchClient() {
        noClasses().that().resideInAPackage("org.homeward.ui..")
                .should().dependOnClassesThat().resideInAPackage("co.elastic..")
                .because("searches go through CaseSearch and FollowUpWorklist, which know the indices")
                .check(PRODUCTION);
    }

    @Test
    void viewsNeitherSendCommandsNorTouchTheAggregate() {
        noClasses().that().resideInAPackage("org.homeward.ui..")
                .should().dependOnClassesThat(resideInAPackage("org.axonframework..")
                        .and(not(type(ConcurrencyException.class))))
                .orShould().dependOnClassesThat().areAnnotatedWith(Aggregate.class)
                .because("CaseOpening and CaseRecording send the commands after checking who may; Axon's "
                        + "ConcurrencyException is the one refusal they let through to the view")
                .check(PRODUCTION);
    }

    @Test
    void viewsReachTheProjectionsOnlyThroughTheirPublishedFace() {
        noClasses().that().resideInAPackage("org.homeward.ui..")
                .should().dependOnClassesThat(PROJECTION_INTERNALS)
                .because("views show the documents that searches return and operate through ParkedEvents and "
                        + "ProjectionRebuilds; how the read models are written is theirs to change")
                .check(PRODUCTION);
    }

    @Test
    void viewsReadThroughServicesNeverTheStoresOrTheApi() {
        noClasses().that().resideInAPackage("org.homeward.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.homeward.eventstore..",
                        "org.homeward.search.node..", "org.homeward.api..", "org.springframework.jdbc..")
                .because("the event store, the search node, the database and the partner API are the backend's")
                .check(PRODUCTION);
    }

    @Test
    void nothingOutsideTheViewsDependsOnThem() {
        noClasses().that().resideOutsideOfPackage("org.homeward.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.homeward.ui..")
                .because("the backend is built before the views and knows nothing of them")
                .check(PRODUCTION);
    }
}

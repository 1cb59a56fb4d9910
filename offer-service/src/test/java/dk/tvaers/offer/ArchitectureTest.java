package dk.tvaers.offer;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The boundaries the code is cut by: a domain free of Spring and Kafka, one way in and out of each. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.tvaers.offer");

    @Test
    void theDomainKnowsNoSpringNoWebAndNoKafka() {
        noClasses().that().resideInAnyPackage("..api..", "..command..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        "jakarta.servlet..", "dk.tvaers.contracts..")
                .check(classes);
    }

    @Test
    void onlyThePublisherTouchesTheIntegrationEvents() {
        noClasses().that().resideOutsideOfPackage("..integration..")
                .should().dependOnClassesThat().resideInAPackage("dk.tvaers.contracts.offer..")
                .check(classes);
    }

    @Test
    void controllersArePackagePrivateAndLiveInWebPackages() {
        classes().that().areAnnotatedWith(RestController.class)
                .should().notBePublic().andShould().resideInAnyPackage("..web..", "..opendata..")
                .check(classes);
    }

    @Test
    void theWebLayerSendsCommandsAndQueriesButNeverTouchesTheAggregateOrTheTables() {
        noClasses().that().resideInAnyPackage("..web..", "..opendata..")
                .should().dependOnClassesThat().resideInAnyPackage("..command..", "..query..",
                        "org.springframework.jdbc..")
                .check(classes);
    }
}

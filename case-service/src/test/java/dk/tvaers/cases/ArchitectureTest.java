package dk.tvaers.cases;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The boundaries the service is cut along, kept by a test. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.tvaers.cases");
    }

    @Test
    void messagesAndReadModelsAreFreeOfSpringJdbcAndKafka() {
        noClasses().that().resideInAPackage("..api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        "java.sql..")
                .check(classes);
    }

    @Test
    void aggregatesDecideWithoutSpringOrTheDatabase() {
        noClasses().that().areAnnotatedWith(org.axonframework.spring.stereotype.Aggregate.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "org.apache.kafka..")
                .check(classes);
    }

    @Test
    void onlyThePublisherTurnsDomainEventsIntoIntegrationEvents() {
        noClasses().that().resideOutsideOfPackage("..integration..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.tvaers.contracts.cases..",
                        "dk.tvaers.platform.messaging..")
                .check(classes);
    }

    @Test
    void controllersArePackagePrivateAndLiveInWebPackages() {
        classes().that().areAnnotatedWith(RestController.class)
                .should().notBePublic().andShould().resideInAPackage("..web..")
                .check(classes);
    }
}

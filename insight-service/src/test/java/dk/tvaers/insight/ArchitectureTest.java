package dk.tvaers.insight;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The boundaries insight-service is cut by. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.tvaers.insight");

    @Test
    void theCalculationsAndTheAggregateKnowNoSpringNoDatabaseAndNoKafka() {
        noClasses().that().resideInAnyPackage("..api..", "..command..", "..calculation..", "..model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        "java.sql..", "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void onlyTheListenersReadKafkaAndTheOtherServicesEvents() {
        noClasses().that().resideOutsideOfPackage("..integration..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "dk.tvaers.contracts.cases..",
                        "dk.tvaers.contracts.plan..", "dk.tvaers.contracts.offer..",
                        "dk.tvaers.contracts.coordination..")
                .check(classes);
    }

    @Test
    void controllersArePackagePrivateAndLiveInWebPackages() {
        classes().that().areAnnotatedWith(RestController.class)
                .should().notBePublic().andShould().resideInAPackage("..web..")
                .check(classes);
    }

    @Test
    void theWebLayerNeverTouchesTheTablesOrTheAggregate() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("..command..", "org.springframework.jdbc..")
                .check(classes);
    }
}

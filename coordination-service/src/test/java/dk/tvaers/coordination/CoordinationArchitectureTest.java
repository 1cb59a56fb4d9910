package dk.tvaers.coordination;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The boundaries the code is cut along (docs/contributing.md), checked rather than hoped for. */
class CoordinationArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.tvaers.coordination");

    @Test
    void aggregatesAndTheirMessagesKnowNoSpringAndNoKafka() {
        noClasses().that().resideInAnyPackage("dk.tvaers.coordination..command..", "dk.tvaers.coordination..api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void onlyTheIntegrationPackagesTouchKafka() {
        noClasses().that().resideOutsideOfPackage("..integration..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..")
                .check(CLASSES);
    }

    @Test
    void controllersArePackagePrivateAndLiveInWebPackages() {
        classes().that().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("..web..")
                .andShould().notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
    }

    @Test
    void noFeatureReachesIntoAnotherFeaturesAggregates() {
        noClasses().that().resideOutsideOfPackage("dk.tvaers.coordination..command..")
                .should().dependOnClassesThat().resideInAPackage("dk.tvaers.coordination..command..")
                .check(CLASSES);
    }
}

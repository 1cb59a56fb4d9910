package dk.tvaers.plan;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The boundaries the code is cut along, kept by a test. */
@AnalyzeClasses(packages = "dk.tvaers.plan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theDomainIsFreeOfSpring = noClasses()
            .that().resideInAnyPackage("..api..", "..command..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..");

    @ArchTest
    static final ArchRule onlyTheIntegrationAdaptersTouchKafka = noClasses()
            .that().resideOutsideOfPackage("..integration..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..");

    @ArchTest
    static final ArchRule theDomainDoesNotKnowTheWebOrTheReadModels = noClasses()
            .that().resideInAnyPackage("..api..", "..command..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..query..", "..integration..");

    @ArchTest
    static final ArchRule integrationEventsAreMadeOnlyByThePublisher = noClasses()
            .that().resideOutsideOfPackage("..integration..")
            .should().dependOnClassesThat().resideInAnyPackage("dk.tvaers.contracts.plan..");
}

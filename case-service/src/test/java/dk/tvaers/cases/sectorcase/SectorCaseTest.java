package dk.tvaers.cases.sectorcase;

import dk.tvaers.cases.BrokenRule;
import dk.tvaers.cases.sectorcase.api.CaseClosedEvent;
import dk.tvaers.cases.sectorcase.api.CaseOpenedEvent;
import dk.tvaers.cases.sectorcase.api.CaseTransferredEvent;
import dk.tvaers.cases.sectorcase.api.CloseCaseCommand;
import dk.tvaers.cases.sectorcase.api.OpenCaseCommand;
import dk.tvaers.cases.sectorcase.api.TransferCaseCommand;
import dk.tvaers.cases.sectorcase.command.CaseRegister;
import dk.tvaers.cases.sectorcase.command.SectorCase;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

class SectorCaseTest {

    private static final UUID CASE = UUID.fromString("9a1d7c3e-2b6f-4e58-8c0a-7f3b5d2e9c41");
    private static final UUID CITIZEN = UUID.fromString("0c6f6d1e-8a5b-4f7e-b0f4-3d2a9e6c1b22");
    private static final LocalDate OPENED = LocalDate.of(2026, 11, 23);

    private AggregateTestFixture<SectorCase> fixture;
    private FakeRegister register;

    /** The claims as maps; the real ones are unique keys written in the command's transaction. */
    static final class FakeRegister implements CaseRegister {
        final Set<UUID> citizens = new HashSet<>();
        final Map<String, UUID> openCases = new HashMap<>();

        @Override
        public boolean isKnownCitizen(UUID citizenId) {
            return citizens.contains(citizenId);
        }

        @Override
        public boolean claimOpenCase(UUID citizenId, String sector, UUID caseId) {
            return openCases.putIfAbsent(citizenId + "/" + sector, caseId) == null;
        }

        @Override
        public void releaseOpenCase(UUID caseId) {
            openCases.values().remove(caseId);
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SectorCase.class);
        register = new FakeRegister();
        register.citizens.add(CITIZEN);
        fixture.registerInjectableResource(register);
    }

    private static OpenCaseCommand open(String legalBasis, String caseworker) {
        return new OpenCaseCommand(CASE, CITIZEN, "holstebro", "social-services", legalBasis, caseworker, OPENED);
    }

    private static CaseOpenedEvent opened() {
        return new CaseOpenedEvent(CASE, CITIZEN, "holstebro", "social-services", "Serviceloven §85",
                "sofie.social", OPENED);
    }

    @Test
    void opensACaseForACitizenInASector() {
        fixture.givenNoPriorActivity()
                .when(open("Serviceloven §85", "sofie.social"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(opened());
        assertThat(register.openCases).containsEntry(CITIZEN + "/social-services", CASE);
    }

    @Test
    void rejectsACaseForAnUnregisteredCitizen() {
        register.citizens.clear();

        fixture.givenNoPriorActivity()
                .when(open("Serviceloven §85", "sofie.social"))
                .expectException(BrokenRule.named("case.citizen-unknown"))
                .expectExceptionMessage(containsString("not registered"))
                .expectNoEvents();
    }

    @Test
    void rejectsASecondOpenCaseInTheSameSector() {
        register.openCases.put(CITIZEN + "/social-services", UUID.randomUUID());

        fixture.givenNoPriorActivity()
                .when(open("Serviceloven §85", "sofie.social"))
                .expectException(BrokenRule.named("case.already-open-in-sector"))
                .expectNoEvents();
    }

    @Test
    void rejectsACaseWithoutALegalBasis() {
        fixture.givenNoPriorActivity()
                .when(open(" ", "sofie.social"))
                .expectException(BrokenRule.named("case.legal-basis-required"))
                .expectNoEvents();
        assertThat(register.openCases).isEmpty();
    }

    @Test
    void rejectsACaseWithoutAResponsibleCaseworker() {
        fixture.givenNoPriorActivity()
                .when(open("Serviceloven §85", null))
                .expectException(BrokenRule.named("case.caseworker-required"))
                .expectNoEvents();
    }

    @Test
    void rejectsACaseWithoutAnOpeningDate() {
        fixture.givenNoPriorActivity()
                .when(new OpenCaseCommand(CASE, CITIZEN, "holstebro", "social-services", "Serviceloven §85",
                        "sofie.social", null))
                .expectException(BrokenRule.named("case.opened-on-required"))
                .expectNoEvents();
        assertThat(register.openCases).isEmpty();
    }

    @Test
    void rejectsAnInvalidSector() {
        fixture.givenNoPriorActivity()
                .when(new OpenCaseCommand(CASE, CITIZEN, "holstebro", "Social Services", "SEL §85", "sofie.social",
                        OPENED))
                .expectException(BrokenRule.named("case.sector-invalid"))
                .expectNoEvents();
    }

    @Test
    void transfersACaseToAnotherCaseworkerWithAReason() {
        fixture.given(opened())
                .when(new TransferCaseCommand(CASE, 0, "mette.social", "Barsel", OPENED.plusDays(3)))
                .expectEvents(new CaseTransferredEvent(CASE, CITIZEN, "holstebro", "social-services", "sofie.social",
                        "mette.social", "Barsel", OPENED.plusDays(3)));
    }

    @Test
    void rejectsATransferWithoutAReason() {
        fixture.given(opened())
                .when(new TransferCaseCommand(CASE, 0, "mette.social", "", OPENED))
                .expectException(BrokenRule.named("case.transfer-reason-required"))
                .expectNoEvents();
    }

    @Test
    void rejectsATransferToTheSameCaseworker() {
        fixture.given(opened())
                .when(new TransferCaseCommand(CASE, 0, "sofie.social", "Barsel", OPENED))
                .expectException(BrokenRule.named("case.same-caseworker"))
                .expectNoEvents();
    }

    @Test
    void rejectsATransferToSomethingThatIsNotAUserId() {
        fixture.given(opened())
                .when(new TransferCaseCommand(CASE, 0, "Mette Social!", "Barsel", OPENED))
                .expectException(BrokenRule.named("case.caseworker-required"))
                .expectNoEvents();
    }

    @Test
    void rejectsATransferDatedBeforeTheOpening() {
        fixture.given(opened())
                .when(new TransferCaseCommand(CASE, 0, "mette.social", "Barsel", OPENED.minusDays(1)))
                .expectException(BrokenRule.named("case.date-before-opening"))
                .expectNoEvents();
    }

    @Test
    void rejectsAChangeBasedOnAStaleVersion() {
        fixture.given(opened(), new CaseTransferredEvent(CASE, CITIZEN, "holstebro", "social-services",
                        "sofie.social", "mette.social", "Barsel", OPENED))
                .when(new TransferCaseCommand(CASE, 0, "lene.leder", "Ferie", OPENED))
                .expectException(BrokenRule.named("case.stale"))
                .expectExceptionMessage(containsString("version 1"))
                .expectNoEvents();
    }

    @Test
    void closesACaseWithAReasonAndFreesTheSectorsPlace() {
        register.openCases.put(CITIZEN + "/social-services", CASE);

        fixture.given(opened())
                .when(new CloseCaseCommand(CASE, 0, "Målet er nået", OPENED.plusMonths(6)))
                .expectEvents(new CaseClosedEvent(CASE, CITIZEN, "holstebro", "social-services", "sofie.social",
                        "Målet er nået", OPENED.plusMonths(6)));
        assertThat(register.openCases).isEmpty();
    }

    @Test
    void rejectsClosingWithoutAReason() {
        fixture.given(opened())
                .when(new CloseCaseCommand(CASE, 0, null, OPENED))
                .expectException(BrokenRule.named("case.close-reason-required"))
                .expectNoEvents();
    }

    @Test
    void rejectsClosingOnAStaleVersion() {
        register.openCases.put(CITIZEN + "/social-services", CASE);

        fixture.given(opened(), new CaseTransferredEvent(CASE, CITIZEN, "holstebro", "social-services",
                        "sofie.social", "mette.social", "Barsel", OPENED))
                .when(new CloseCaseCommand(CASE, 0, "Målet er nået", OPENED))
                .expectException(BrokenRule.named("case.stale"))
                .expectNoEvents();
        assertThat(register.openCases).as("the sector's place stays taken").containsValue(CASE);
    }

    @Test
    void rejectsClosingAClosedCase() {
        fixture.given(opened(), new CaseClosedEvent(CASE, CITIZEN, "holstebro", "social-services", "sofie.social",
                        "Målet er nået", OPENED))
                .when(new CloseCaseCommand(CASE, 1, "Igen", OPENED))
                .expectException(BrokenRule.named("case.closed"))
                .expectNoEvents();
    }

    @Test
    void rejectsClosingDatedBeforeTheOpening() {
        register.openCases.put(CITIZEN + "/social-services", CASE);

        fixture.given(opened())
                .when(new CloseCaseCommand(CASE, 0, "Målet er nået", OPENED.minusDays(1)))
                .expectException(BrokenRule.named("case.date-before-opening"))
                .expectNoEvents();
        assertThat(register.openCases).containsValue(CASE);
    }

    @Test
    void rejectsChangingAClosedCase() {
        fixture.given(opened(), new CaseClosedEvent(CASE, CITIZEN, "holstebro", "social-services", "sofie.social",
                        "Målet er nået", OPENED))
                .when(new TransferCaseCommand(CASE, 1, "mette.social", "Barsel", OPENED))
                .expectException(BrokenRule.named("case.closed"))
                .expectNoEvents();
    }
}

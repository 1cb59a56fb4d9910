package dk.tvaers.cases.citizen;

import dk.tvaers.cases.BrokenRule;
import dk.tvaers.cases.citizen.api.CitizenErasedEvent;
import dk.tvaers.cases.citizen.api.CitizenRegisteredEvent;
import dk.tvaers.cases.citizen.api.EraseCitizenCommand;
import dk.tvaers.cases.citizen.api.RegisterCitizenCommand;
import dk.tvaers.cases.citizen.command.Citizen;
import dk.tvaers.cases.citizen.command.CitizenIdentities;
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

class CitizenTest {

    private static final UUID CITIZEN = UUID.fromString("0c6f6d1e-8a5b-4f7e-b0f4-3d2a9e6c1b22");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** Fictitious: a 1 January 1990 birth date, as in the CPR office's test numbers. */
    private static final String CPR = "010190-1234";

    private AggregateTestFixture<Citizen> fixture;
    private FakeIdentities identities;

    /** The claim table as a map; the real one is a unique index in the command's transaction. */
    static final class FakeIdentities implements CitizenIdentities {
        final Map<String, UUID> byCpr = new HashMap<>();
        final Set<UUID> withOpenCases = new HashSet<>();

        @Override
        public boolean claim(CprNumberClaim claim) {
            return byCpr.putIfAbsent(claim.cpr(), claim.citizenId()) == null;
        }

        @Override
        public void release(UUID citizenId) {
            byCpr.values().remove(citizenId);
        }

        @Override
        public boolean hasOpenCases(UUID citizenId) {
            return withOpenCases.contains(citizenId);
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Citizen.class);
        identities = new FakeIdentities();
        fixture.registerInjectableResource(identities);
    }

    private RegisterCitizenCommand register(String cpr, String name) {
        return new RegisterCitizenCommand(CITIZEN, cpr, name, "holstebro", "sofie.social", TODAY);
    }

    private CitizenRegisteredEvent registered() {
        return new CitizenRegisteredEvent(CITIZEN, CPR, "Mads Madsen", "holstebro", "sofie.social", TODAY);
    }

    @Test
    void registersACitizenByCprAndNameInTheCanonicalForm() {
        fixture.givenNoPriorActivity()
                .when(register("0101901234", " Mads Madsen "))
                .expectEvents(registered());
        assertThat(identities.byCpr).containsEntry(CPR, CITIZEN);
    }

    @Test
    void acceptsANumberThatFailsModulus11() {
        fixture.givenNoPriorActivity()
                .when(register("010190-1235", "Mads Madsen"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void rejectsAMalformedCpr() {
        fixture.givenNoPriorActivity()
                .when(register("01-01-90-1234", "Mads Madsen"))
                .expectException(BrokenRule.named("citizen.cpr-format"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("DDMMYY-SSSS"))
                .expectNoEvents();
    }

    @Test
    void rejectsACprWhoseDateDoesNotExist() {
        fixture.givenNoPriorActivity()
                .when(register("300290-1234", "Mads Madsen"))
                .expectException(BrokenRule.named("citizen.cpr-date"))
                .expectNoEvents();
    }

    @Test
    void rejectsACprBornInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(register("010150-5000", "Mads Madsen"))
                .expectException(BrokenRule.named("citizen.cpr-date"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("future"))
                .expectNoEvents();
    }

    @Test
    void rejectsAMissingName() {
        fixture.givenNoPriorActivity()
                .when(register(CPR, "  "))
                .expectException(BrokenRule.named("citizen.name-required"))
                .expectNoEvents();
        assertThat(identities.byCpr).as("no claim without a citizen").isEmpty();
    }

    @Test
    void rejectsASecondCitizenWithTheSameCprAsAConflict() {
        identities.byCpr.put(CPR, UUID.randomUUID());

        fixture.givenNoPriorActivity()
                .when(register("0101901234", "Mads Madsen"))
                .expectException(BrokenRule.named("citizen.cpr-registered"))
                .expectNoEvents();
    }

    @Test
    void erasesACitizenAndGivesTheCprUp() {
        identities.byCpr.put(CPR, CITIZEN);

        fixture.given(registered())
                .when(new EraseCitizenCommand(CITIZEN, "Databeskyttelsesforordningen art. 17", "dorte.dpo", TODAY))
                .expectEvents(new CitizenErasedEvent(CITIZEN, "holstebro", "Databeskyttelsesforordningen art. 17",
                        "dorte.dpo", TODAY));
        assertThat(identities.byCpr).isEmpty();
    }

    @Test
    void rejectsErasingACitizenWithAnOpenCase() {
        identities.withOpenCases.add(CITIZEN);

        fixture.given(registered())
                .when(new EraseCitizenCommand(CITIZEN, "Databeskyttelsesforordningen art. 17", "dorte.dpo", TODAY))
                .expectException(BrokenRule.named("citizen.has-open-cases"))
                .expectNoEvents();
    }

    @Test
    void rejectsErasureWithoutALegalBasis() {
        fixture.given(registered())
                .when(new EraseCitizenCommand(CITIZEN, " ", "dorte.dpo", TODAY))
                .expectException(BrokenRule.named("citizen.erasure-basis-required"))
                .expectNoEvents();
    }

    @Test
    void rejectsErasingTwice() {
        fixture.given(registered(), new CitizenErasedEvent(CITIZEN, "holstebro", "art. 17", "dorte.dpo", TODAY))
                .when(new EraseCitizenCommand(CITIZEN, "art. 17", "dorte.dpo", TODAY))
                .expectException(BrokenRule.named("citizen.erased"))
                .expectNoEvents();
    }
}

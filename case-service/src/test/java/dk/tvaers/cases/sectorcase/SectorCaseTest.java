package dk.tvaers.cases.sectorcase;

import dk.tvaers.cases.sectorcase.api.CaseOpenedEvent;
import dk.tvaers.cases.sectorcase.api.OpenCaseCommand;
import dk.tvaers.cases.sectorcase.command.SectorCase;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

class SectorCaseTest {

    private static final UUID CASE = UUID.fromString("9a1d7c3e-2b6f-4e58-8c0a-7f3b5d2e9c41");
    private static final UUID CITIZEN = UUID.fromString("0c6f6d1e-8a5b-4f7e-b0f4-3d2a9e6c1b22");

    private AggregateTestFixture<SectorCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SectorCase.class);
    }

    @Test
    void opensACaseForACitizenInASector() {
        fixture.givenNoPriorActivity()
                .when(new OpenCaseCommand(CASE, CITIZEN, "holstebro", "social-services", "Serviceloven §85",
                        "sofie.social", LocalDate.of(2026, 11, 23)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CaseOpenedEvent(CASE, CITIZEN, "holstebro", "social-services", "Serviceloven §85",
                        "sofie.social", LocalDate.of(2026, 11, 23)));
    }
}

package dk.tvaers.coordination.involvement;

import dk.tvaers.coordination.involvement.api.RecordSectorInvolvementCommand;
import dk.tvaers.coordination.involvement.api.SectorInvolvedEvent;
import dk.tvaers.coordination.involvement.command.CitizenInvolvement;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

class CitizenInvolvementTest {

    private static final UUID CITIZEN = UUID.fromString("0c6f6d1e-8a5b-4f7e-b0f4-3d2a9e6c1b22");
    private static final UUID JOB_CASE = UUID.fromString("9a1d7c3e-2b6f-4e58-8c0a-7f3b5d2e9c41");
    private static final UUID SOCIAL_CASE = UUID.fromString("7b2e1f4a-3c5d-4e6f-8a9b-0c1d2e3f4a5b");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private AggregateTestFixture<CitizenInvolvement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CitizenInvolvement.class);
    }

    @Test
    void theFirstCaseMakesItsSectorInvolved() {
        fixture.givenNoPriorActivity()
                .when(new RecordSectorInvolvementCommand(CITIZEN, "holstebro", "jobcenter", JOB_CASE, "jonas.job", DAY))
                .expectEvents(new SectorInvolvedEvent(CITIZEN, "holstebro", "jobcenter", JOB_CASE, "jonas.job", DAY));
    }

    @Test
    void aSecondSectorJoinsTheFirst() {
        fixture.given(new SectorInvolvedEvent(CITIZEN, "holstebro", "jobcenter", JOB_CASE, "jonas.job", DAY))
                .when(new RecordSectorInvolvementCommand(CITIZEN, "holstebro", "social-services", SOCIAL_CASE,
                        "sofie.social", DAY))
                .expectEvents(new SectorInvolvedEvent(CITIZEN, "holstebro", "social-services", SOCIAL_CASE,
                        "sofie.social", DAY));
    }

    @Test
    void theSameCaseTwiceChangesNothing() {
        fixture.given(new SectorInvolvedEvent(CITIZEN, "holstebro", "jobcenter", JOB_CASE, "jonas.job", DAY))
                .when(new RecordSectorInvolvementCommand(CITIZEN, "holstebro", "jobcenter", JOB_CASE, "jonas.job", DAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}

package dk.tvaers.coordination.meeting;

import dk.tvaers.coordination.meeting.api.AgendaItem;
import dk.tvaers.coordination.meeting.api.CancelMeetingCommand;
import dk.tvaers.coordination.meeting.api.MeetingCancelledEvent;
import dk.tvaers.coordination.meeting.api.MeetingDecisionRecordedEvent;
import dk.tvaers.coordination.meeting.api.MeetingScheduledEvent;
import dk.tvaers.coordination.meeting.api.RecordMeetingDecisionCommand;
import dk.tvaers.coordination.meeting.api.ScheduleMeetingCommand;
import dk.tvaers.coordination.meeting.command.CoordinationMeeting;
import dk.tvaers.platform.domain.ConflictException;
import dk.tvaers.platform.domain.RuleViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

class CoordinationMeetingTest {

    private static final UUID MEETING = UUID.fromString("a08d4e0c-9b2f-4c5d-8e6a-0f3b4c5d6e04");
    private static final UUID CITIZEN = UUID.fromString("0c6f6d1e-8a5b-4f7e-b0f4-3d2a9e6c1b22");
    private static final UUID HOUSING = UUID.fromString("9f7c3d9b-8a1e-4b4c-8d5f-9e2a3b4c5d03");
    private static final UUID WORK = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    private static final UUID DECISION = UUID.fromString("b19e5f1d-0c3a-4d6e-9f7b-1a4c5d6e7f05");
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant STARTS = Instant.parse("2026-12-03T09:00:00Z");
    private static final List<AgendaItem> AGENDA = List.of(new AgendaItem(HOUSING, "social-services", "active"),
            new AgendaItem(WORK, "jobcenter", "active"));

    private static final MeetingScheduledEvent SCHEDULED = new MeetingScheduledEvent(MEETING, CITIZEN, "holstebro",
            "sofie.social", "social-services", STARTS, "Borgerservice, lokale 2",
            List.of("social-services", "jobcenter"), true, AGENDA);

    private AggregateTestFixture<CoordinationMeeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CoordinationMeeting.class);
    }

    private static ScheduleMeetingCommand schedule(Instant startsAt, List<String> sectors, List<AgendaItem> agenda) {
        return new ScheduleMeetingCommand(MEETING, CITIZEN, "holstebro", "sofie.social", "social-services", startsAt,
                "Borgerservice, lokale 2", sectors, true, agenda, NOW);
    }

    @Test
    void schedulesAMeetingOfTheSectorsAndTheCitizenOnThePlansSubGoals() {
        fixture.givenNoPriorActivity()
                .when(schedule(STARTS, List.of("jobcenter"), AGENDA))
                .expectEvents(SCHEDULED);
    }

    @Test
    void rejectsAMeetingInThePast() {
        fixture.givenNoPriorActivity()
                .when(schedule(NOW.minusSeconds(3600), List.of("jobcenter"), AGENDA))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void aCoordinationMeetingNeedsAnotherSector() {
        fixture.givenNoPriorActivity()
                .when(schedule(STARTS, List.of("social-services"), AGENDA))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void aSubGoalIsOnTheAgendaOnce() {
        fixture.givenNoPriorActivity()
                .when(schedule(STARTS, List.of("jobcenter"), List.of(AGENDA.get(0), AGENDA.get(0))))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void recordsADecisionLinkedToASubGoalOnTheAgenda() {
        fixture.given(SCHEDULED)
                .when(new RecordMeetingDecisionCommand(MEETING, CITIZEN, DECISION, WORK, "Praktik i 10 timer om ugen",
                        "jobcenter", LocalDate.of(2027, 1, 15), "sofie.social", STARTS.plusSeconds(3600)))
                .expectEvents(new MeetingDecisionRecordedEvent(MEETING, CITIZEN, "holstebro", DECISION, WORK,
                        "Praktik i 10 timer om ugen", "jobcenter", LocalDate.of(2027, 1, 15), "sofie.social"));
    }

    @Test
    void recordingTheSameDecisionTwiceRecordsItOnce() {
        fixture.given(SCHEDULED, new MeetingDecisionRecordedEvent(MEETING, CITIZEN, "holstebro", DECISION, WORK,
                        "Praktik i 10 timer om ugen", "jobcenter", null, "sofie.social"))
                .when(new RecordMeetingDecisionCommand(MEETING, CITIZEN, DECISION, WORK, "Praktik i 10 timer om ugen",
                        "jobcenter", null, "sofie.social", STARTS.plusSeconds(3600)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anotherCitizensMeetingIsNotFound() {
        fixture.given(SCHEDULED)
                .when(new CancelMeetingCommand(MEETING, UUID.randomUUID(), "Aflyst", "sofie.social", NOW))
                .expectException(dk.tvaers.platform.domain.NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsADecisionOnASubGoalNotOnTheAgenda() {
        fixture.given(SCHEDULED)
                .when(new RecordMeetingDecisionCommand(MEETING, CITIZEN, DECISION, UUID.randomUUID(), "Noget andet",
                        "jobcenter", null, "sofie.social", STARTS.plusSeconds(3600)))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void rejectsADecisionBeforeTheDayOfTheMeeting() {
        fixture.given(SCHEDULED)
                .when(new RecordMeetingDecisionCommand(MEETING, CITIZEN, DECISION, WORK, "For tidligt", "jobcenter", null,
                        "sofie.social", NOW))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void theResponsibleSectorTakesPartInTheMeeting() {
        fixture.given(SCHEDULED)
                .when(new RecordMeetingDecisionCommand(MEETING, CITIZEN, DECISION, WORK, "Behandling", "addiction-centre",
                        null, "sofie.social", STARTS.plusSeconds(3600)))
                .expectException(RuleViolationException.class)
                .expectNoEvents();
    }

    @Test
    void cancelsAMeetingWithAReason() {
        fixture.given(SCHEDULED)
                .when(new CancelMeetingCommand(MEETING, CITIZEN, "Borgeren er indlagt", "sofie.social", NOW))
                .expectEvents(new MeetingCancelledEvent(MEETING, CITIZEN, "holstebro", "Borgeren er indlagt",
                        "sofie.social", NOW));
    }

    @Test
    void aCancelledMeetingTakesNoDecisions() {
        fixture.given(SCHEDULED, new MeetingCancelledEvent(MEETING, CITIZEN, "holstebro", "Aflyst", "sofie.social", NOW))
                .when(new RecordMeetingDecisionCommand(MEETING, CITIZEN, DECISION, WORK, "Praktik", "jobcenter", null,
                        "sofie.social", STARTS.plusSeconds(3600)))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void aMeetingThatTookDecisionsCannotBeCancelled() {
        fixture.given(SCHEDULED, new MeetingDecisionRecordedEvent(MEETING, CITIZEN, "holstebro", DECISION, WORK,
                        "Praktik", "jobcenter", null, "sofie.social"))
                .when(new CancelMeetingCommand(MEETING, CITIZEN, "Fejl", "sofie.social", STARTS.plusSeconds(7200)))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }
}

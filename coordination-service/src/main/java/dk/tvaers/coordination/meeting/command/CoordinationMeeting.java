package dk.tvaers.coordination.meeting.command;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.contracts.Sectors;
import dk.tvaers.coordination.meeting.api.AgendaItem;
import dk.tvaers.coordination.meeting.api.CancelMeetingCommand;
import dk.tvaers.coordination.meeting.api.MeetingCancelledEvent;
import dk.tvaers.coordination.meeting.api.MeetingDecisionRecordedEvent;
import dk.tvaers.coordination.meeting.api.MeetingScheduledEvent;
import dk.tvaers.coordination.meeting.api.RecordMeetingDecisionCommand;
import dk.tvaers.coordination.meeting.api.ScheduleMeetingCommand;
import dk.tvaers.platform.domain.ConflictException;
import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.domain.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A coordination meeting (tværfagligt møde): the sectors and the citizen meet on the plan. Its agenda is the
 * plan's sub-goals; every decision is linked to one of them.
 */
@Aggregate
public class CoordinationMeeting {

    static final ZoneId DANISH_TIME = DanishTime.ZONE;

    @AggregateIdentifier
    private UUID meetingId;
    private UUID citizenId;
    private String organisation;
    private Instant startsAt;
    private Set<String> sectors;
    private Set<UUID> agenda;
    private boolean cancelled;
    private final Set<UUID> decisionIds = new HashSet<>();

    protected CoordinationMeeting() {
    }

    @CommandHandler
    public CoordinationMeeting(ScheduleMeetingCommand command) {
        if (command.scheduledBySector() == null) {
            throw new RuleViolationException(null, "meeting.scheduler-without-sector",
                    "Only someone working in a sector can call a coordination meeting.");
        }
        if (!command.startsAt().isAfter(command.requestedAt())) {
            throw new RuleViolationException("startsAt", "meeting.in-the-past", "A meeting is scheduled ahead.");
        }
        Set<String> participants = new LinkedHashSet<>();
        participants.add(command.scheduledBySector());
        participants.addAll(command.sectors());
        participants.stream().filter(s -> !Sectors.isValidCode(s)).findFirst().ifPresent(s -> {
            throw new RuleViolationException("sectors", "meeting.unknown-sector", "'" + s + "' is not a sector code.");
        });
        if (participants.size() < 2) {
            throw new RuleViolationException("sectors", "meeting.needs-two-sectors",
                    "A coordination meeting brings at least two sectors together.");
        }
        Set<UUID> subGoals = new HashSet<>();
        for (AgendaItem item : command.agenda()) {
            if (!subGoals.add(item.subGoalId())) {
                throw new RuleViolationException("agenda", "meeting.sub-goal-twice",
                        "Sub-goal " + item.subGoalId() + " is on the agenda twice.");
            }
        }
        apply(new MeetingScheduledEvent(command.meetingId(), command.citizenId(), command.organisation(),
                command.scheduledBy(), command.scheduledBySector(), command.startsAt(), command.location(),
                List.copyOf(participants), command.citizenInvited(), List.copyOf(command.agenda())));
    }

    @CommandHandler
    void handle(RecordMeetingDecisionCommand command) {
        requireCitizen(command.citizenId());
        if (decisionIds.contains(command.decisionId())) {
            return;
        }
        if (cancelled) {
            throw new ConflictException("meeting.cancelled", "The meeting was cancelled.");
        }
        if (LocalDate.ofInstant(command.recordedAt(), DANISH_TIME)
                .isBefore(LocalDate.ofInstant(startsAt, DANISH_TIME))) {
            throw new RuleViolationException(null, "meeting.not-yet-held",
                    "Decisions are recorded on or after the day of the meeting.");
        }
        if (!agenda.contains(command.subGoalId())) {
            throw new RuleViolationException("subGoalId", "meeting.sub-goal-not-on-agenda",
                    "A decision concerns a sub-goal on the meeting's agenda.");
        }
        if (!sectors.contains(command.responsibleSector())) {
            throw new RuleViolationException("responsibleSector", "meeting.responsible-sector-absent",
                    "The sector responsible for a decision takes part in the meeting.");
        }
        if (command.text() == null || command.text().isBlank()) {
            throw new RuleViolationException("text", "meeting.decision-text-required", "A decision says what.");
        }
        apply(new MeetingDecisionRecordedEvent(meetingId, citizenId, organisation, command.decisionId(),
                command.subGoalId(), command.text(), command.responsibleSector(), command.dueOn(),
                command.recordedBy()));
    }

    @CommandHandler
    void handle(CancelMeetingCommand command) {
        requireCitizen(command.citizenId());
        if (cancelled) {
            throw new ConflictException("meeting.cancelled", "The meeting is already cancelled.");
        }
        if (!decisionIds.isEmpty()) {
            throw new ConflictException("meeting.already-held", "The meeting has decisions; it was held.");
        }
        apply(new MeetingCancelledEvent(meetingId, citizenId, organisation, command.reason(), command.cancelledBy(),
                command.cancelledAt()));
    }

    /** A meeting is addressed through its citizen; another citizen's meeting id is not found. */
    private void requireCitizen(UUID citizen) {
        if (!citizenId.equals(citizen)) {
            throw new NotFoundException("meeting", meetingId);
        }
    }

    @EventSourcingHandler
    void on(MeetingScheduledEvent event) {
        meetingId = event.meetingId();
        citizenId = event.citizenId();
        organisation = event.organisation();
        startsAt = event.startsAt();
        sectors = new HashSet<>(event.sectors());
        agenda = new HashSet<>();
        event.agenda().forEach(item -> agenda.add(item.subGoalId()));
    }

    @EventSourcingHandler
    void on(MeetingDecisionRecordedEvent event) {
        decisionIds.add(event.decisionId());
    }

    @EventSourcingHandler
    void on(MeetingCancelledEvent event) {
        cancelled = true;
    }
}

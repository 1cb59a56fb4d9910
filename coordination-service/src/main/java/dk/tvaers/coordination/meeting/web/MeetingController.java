package dk.tvaers.coordination.meeting.web;

import dk.tvaers.contracts.ConsentCategories;
import dk.tvaers.coordination.meeting.api.AgendaItem;
import dk.tvaers.coordination.meeting.api.CancelMeetingCommand;
import dk.tvaers.coordination.meeting.api.FindMeetingQuery;
import dk.tvaers.coordination.meeting.api.FindMeetingsOfCitizenQuery;
import dk.tvaers.coordination.meeting.api.MeetingView;
import dk.tvaers.coordination.meeting.api.RecordMeetingDecisionCommand;
import dk.tvaers.coordination.meeting.api.ScheduleMeetingCommand;
import dk.tvaers.coordination.plan.api.FindSubGoalsOfCitizenQuery;
import dk.tvaers.coordination.plan.api.SubGoal;
import dk.tvaers.coordination.web.Idempotency;
import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.domain.RuleViolationException;
import dk.tvaers.platform.privacy.AccessKind;
import dk.tvaers.platform.privacy.CitizenAccess;
import dk.tvaers.platform.privacy.CitizenData;
import dk.tvaers.platform.privacy.PersonalData;
import dk.tvaers.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Coordination meetings (tværfaglige møder): scheduled with the sectors and the citizen, with the plan's
 * sub-goals as the agenda, and the decisions taken on them.
 */
@RestController
@RequestMapping("/api/coordination/citizens/{citizenId}")
@PreAuthorize("hasAnyRole('caseworker', 'coordinator', 'team-leader')")
class MeetingController {

    private static final String SECTOR = "[a-z][a-z-]{1,39}";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CitizenAccess access;

    MeetingController(CommandGateway commands, QueryGateway queries, CitizenAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
    }

    /** Without {@code agendaSubGoalIds} the agenda is every sub-goal of the plan that is still open. */
    record ScheduleMeetingRequest(
            @NotNull @Future Instant startsAt,
            @Size(max = 200) String location,
            @NotNull @Size(min = 1, max = 10) List<@NotNull @Pattern(regexp = SECTOR) String> sectors,
            boolean citizenInvited,
            @Size(max = 50) List<@NotNull UUID> agendaSubGoalIds) {
    }

    record RecordDecisionRequest(
            @NotNull UUID subGoalId,
            @NotBlank @Size(max = 2000) String text,
            @NotNull @Pattern(regexp = SECTOR) String responsibleSector,
            LocalDate dueOn) {
    }

    record CancelMeetingRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record MeetingRecorded(UUID meetingId, UUID citizenId) implements CitizenData {
    }

    record DecisionRecorded(UUID meetingId, UUID decisionId, UUID citizenId) implements CitizenData {
    }

    @GetMapping("/sub-goals")
    @PersonalData(category = ConsentCategories.PLAN)
    @Operation(summary = "The plan's sub-goals by id, owning sector and status: the candidates for an agenda")
    List<SubGoal> subGoals(@PathVariable UUID citizenId, Actor actor) {
        access.requireRead(actor, citizenId, null, ConsentCategories.PLAN);
        return subGoalsOf(citizenId).stream()
                .filter(subGoal -> access.canRead(actor, citizenId, subGoal.owningSector(), ConsentCategories.PLAN))
                .toList();
    }

    @PostMapping("/meetings")
    @PersonalData(category = ConsentCategories.MEETINGS, kind = AccessKind.CHANGE)
    @Operation(summary = "Schedule a coordination meeting with sectors and the citizen on the plan's sub-goals")
    ResponseEntity<MeetingRecorded> schedule(@PathVariable UUID citizenId,
                                             @Valid @RequestBody ScheduleMeetingRequest request,
                                             @RequestHeader(name = Idempotency.HEADER, required = false) String key,
                                             Actor actor) {
        access.requireChange(actor, citizenId, actor.sector());
        List<SubGoal> subGoals = subGoalsOf(citizenId);
        List<AgendaItem> agenda;
        if (request.agendaSubGoalIds() == null) {
            agenda = subGoals.stream().filter(SubGoal::isOpen).map(MeetingController::item).toList();
        } else {
            Map<UUID, SubGoal> known = subGoals.stream()
                    .collect(Collectors.toMap(SubGoal::subGoalId, Function.identity()));
            agenda = request.agendaSubGoalIds().stream().map(id -> {
                SubGoal subGoal = known.get(id);
                if (subGoal == null) {
                    throw new RuleViolationException("agendaSubGoalIds", "meeting.unknown-sub-goal",
                            "Sub-goal " + id + " is not in the citizen's plan.");
                }
                return item(subGoal);
            }).toList();
        }
        UUID meetingId = Idempotency.idFor("meeting", actor.userId(), key);
        Idempotency.createOnce(commands, new ScheduleMeetingCommand(meetingId, citizenId, actor.organisation(),
                actor.userId(), actor.sector(), request.startsAt(), request.location(), request.sectors(),
                request.citizenInvited(), agenda, Instant.now()));
        return ResponseEntity.created(URI.create("/api/coordination/citizens/" + citizenId + "/meetings/" + meetingId))
                .body(new MeetingRecorded(meetingId, citizenId));
    }

    @GetMapping("/meetings")
    @PersonalData(category = ConsentCategories.MEETINGS)
    @Operation(summary = "The citizen's coordination meetings the caller takes part in or may see under consent")
    List<MeetingView> meetings(@PathVariable UUID citizenId, Actor actor) {
        access.requireRead(actor, citizenId, null, ConsentCategories.MEETINGS);
        return queries.query(new FindMeetingsOfCitizenQuery(citizenId),
                        ResponseTypes.multipleInstancesOf(MeetingView.class)).join().stream()
                .filter(meeting -> mayRead(actor, meeting))
                .map(meeting -> asSeenBy(actor, meeting))
                .toList();
    }

    @GetMapping("/meetings/{meetingId}")
    @PersonalData(category = ConsentCategories.MEETINGS)
    @Operation(summary = "One meeting with its agenda and decisions")
    MeetingView meeting(@PathVariable UUID citizenId, @PathVariable UUID meetingId, Actor actor) {
        access.requireRead(actor, citizenId, null, ConsentCategories.MEETINGS);
        return queries.query(new FindMeetingQuery(meetingId), ResponseTypes.optionalInstanceOf(MeetingView.class))
                .join()
                .filter(meeting -> meeting.citizenId().equals(citizenId) && mayRead(actor, meeting))
                .map(meeting -> asSeenBy(actor, meeting))
                .orElseThrow(() -> new NotFoundException("meeting", meetingId));
    }

    @PostMapping("/meetings/{meetingId}/decisions")
    @PersonalData(category = ConsentCategories.MEETINGS, kind = AccessKind.CHANGE)
    @Operation(summary = "Record a decision of the meeting, linked to a sub-goal on its agenda")
    ResponseEntity<DecisionRecorded> decide(@PathVariable UUID citizenId, @PathVariable UUID meetingId,
                                            @Valid @RequestBody RecordDecisionRequest request,
                                            @RequestHeader(name = Idempotency.HEADER, required = false) String key,
                                            Actor actor) {
        access.requireChange(actor, citizenId, actor.sector());
        UUID decisionId = Idempotency.idFor("decision", actor.userId(), key);
        Idempotency.send(commands,
                new RecordMeetingDecisionCommand(meetingId, citizenId, decisionId, request.subGoalId(),
                request.text(), request.responsibleSector(), request.dueOn(), actor.userId(), Instant.now()));
        return ResponseEntity.status(201).body(new DecisionRecorded(meetingId, decisionId, citizenId));
    }

    @PostMapping("/meetings/{meetingId}/cancel")
    @PersonalData(category = ConsentCategories.MEETINGS, kind = AccessKind.CHANGE)
    @Operation(summary = "Cancel a meeting that has not been held")
    MeetingRecorded cancel(@PathVariable UUID citizenId, @PathVariable UUID meetingId,
                           @Valid @RequestBody CancelMeetingRequest request, Actor actor) {
        access.requireChange(actor, citizenId, actor.sector());
        Idempotency.send(commands, new CancelMeetingCommand(meetingId, citizenId, request.reason(), actor.userId(),
                Instant.now()));
        return new MeetingRecorded(meetingId, citizenId);
    }

    private List<SubGoal> subGoalsOf(UUID citizenId) {
        return queries.query(new FindSubGoalsOfCitizenQuery(citizenId),
                        ResponseTypes.multipleInstancesOf(SubGoal.class))
                .join();
    }

    private static AgendaItem item(SubGoal subGoal) {
        return new AgendaItem(subGoal.subGoalId(), subGoal.owningSector(), subGoal.status());
    }

    /**
     * A meeting as the caller may see it: agenda items and decisions about another sector's sub-goals only
     * as far as the citizen's consent shares that sector's plan.
     */
    private MeetingView asSeenBy(Actor actor, MeetingView meeting) {
        java.util.Map<UUID, String> owners = new java.util.HashMap<>();
        meeting.agenda().forEach(item -> owners.put(item.subGoalId(), item.owningSector()));
        List<AgendaItem> agenda = meeting.agenda().stream()
                .filter(item -> access.canRead(actor, meeting.citizenId(), item.owningSector(), ConsentCategories.PLAN))
                .toList();
        List<MeetingView.Decision> decisions = meeting.decisions().stream()
                .filter(decision -> access.canRead(actor, meeting.citizenId(),
                        owners.getOrDefault(decision.subGoalId(), decision.responsibleSector()),
                        ConsentCategories.PLAN))
                .toList();
        return new MeetingView(meeting.meetingId(), meeting.citizenId(), meeting.organisation(), meeting.scheduledBy(),
                meeting.scheduledBySector(), meeting.startsAt(), meeting.location(), meeting.sectors(),
                meeting.citizenInvited(), meeting.status(), meeting.cancellationReason(), agenda, decisions);
    }

    /** Participating sectors see their meetings; other sectors under consent. */
    private boolean mayRead(Actor actor, MeetingView meeting) {
        return meeting.sectors().contains(Objects.toString(actor.sector(), ""))
                || access.canRead(actor, meeting.citizenId(), meeting.scheduledBySector(), ConsentCategories.MEETINGS);
    }
}

package dk.tvaers.plan.plan.web;

import dk.tvaers.plan.followup.api.ChangeFollowUpFrequencyCommand;
import dk.tvaers.plan.followup.api.Participant;
import dk.tvaers.plan.followup.api.Reading;
import dk.tvaers.plan.followup.api.RecordFollowUpCommand;
import dk.tvaers.plan.plan.api.FindFollowUpsDueQuery;
import dk.tvaers.plan.plan.api.FollowUpDueView;
import dk.tvaers.plan.plan.api.PlanIds;
import dk.tvaers.plan.plan.command.PlanCalendar;
import dk.tvaers.plan.plan.query.PlanSheet;
import dk.tvaers.platform.domain.RuleViolationException;
import dk.tvaers.platform.privacy.AccessKind;
import dk.tvaers.platform.privacy.CitizenAccess;
import dk.tvaers.platform.privacy.CitizenData;
import dk.tvaers.platform.privacy.PersonalData;
import dk.tvaers.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Follow-up (opfølgning) of the plan: recording one that was held, the frequency, and what is due. */
@RestController
@Tag(name = "Opfølgning", description = "Opfølgning på planen")
class FollowUpController {

    private final PlanCommands commands;
    private final QueryGateway queries;
    private final PlanAccess access;
    private final CitizenAccess citizens;

    FollowUpController(PlanCommands commands, QueryGateway queries, PlanAccess access, CitizenAccess citizens) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.citizens = citizens;
    }

    record ParticipantRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 100) String role) {
    }

    record ReadingRequest(@NotNull UUID subGoalId, @NotNull @Digits(integer = 9, fraction = 2) BigDecimal value,
                          @Size(max = 1000) String note) {
    }

    /**
     * @param citizenRating the citizen's own rating of the help, 1 (slet ikke godt) to 5 (rigtig godt)
     * @param nextDueOn     when the next follow-up falls due; empty for after the plan's frequency
     */
    record RecordFollowUpRequest(
            UUID followUpId,
            @NotNull LocalDate heldOn,
            @NotEmpty @Size(max = 30) List<@NotNull @Valid ParticipantRequest> participants,
            @Size(max = 100) List<@NotNull @Valid ReadingRequest> readings,
            @Min(1) @Max(5) Integer citizenRating,
            @Size(max = 2000) String citizenComment,
            @Size(max = 4000) String adjustments,
            LocalDate nextDueOn) {
    }

    record FollowUpResponse(UUID citizenId, UUID followUpId) implements CitizenData {
    }

    record ChangeFrequencyRequest(@NotNull @Min(1) @Max(12) Integer months, @Size(max = 1000) String reason) {
    }

    @PostMapping("/api/plans/citizens/{citizenId}/follow-ups")
    @PreAuthorize(PlanController.CASEWORK)
    @PersonalData(category = PlanAccess.CATEGORY, kind = AccessKind.CHANGE, citizen = "citizenId")
    @Operation(summary = "Record a follow-up that was held; sets the next due date")
    ResponseEntity<FollowUpResponse> record(@PathVariable UUID citizenId,
                                            @Valid @RequestBody RecordFollowUpRequest request,
                                            @RequestHeader(name = Idempotency.HEADER, required = false)
                                            @Size(max = 200) String idempotencyKey,
                                            Actor actor) {
        access.requireSharedChange(actor, citizenId);
        PlanSheet plan = access.current(citizenId);
        List<ReadingRequest> readings = request.readings() == null ? List.of() : request.readings();
        for (int i = 0; i < readings.size(); i++) {
            UUID subGoalId = readings.get(i).subGoalId();
            boolean visible = plan.subGoals.stream().anyMatch(s -> s.subGoalId.equals(subGoalId)
                    && access.mayRead(actor, citizenId, s.owningSector));
            if (!visible) {
                throw new RuleViolationException("readings[" + i + "].subGoalId", "plan.unknown-sub-goal",
                        "The plan has no sub-goal " + subGoalId + ".");
            }
        }
        UUID followUpId = Idempotency.idFor("follow-up", request.followUpId(), actor, citizenId, idempotencyKey);
        commands.send(new RecordFollowUpCommand(PlanIds.planIdOf(citizenId), followUpId, request.heldOn(),
                request.participants().stream().map(p -> new Participant(p.name().strip(), p.role().strip())).toList(),
                readings.stream().map(r -> new Reading(r.subGoalId(), r.value(), r.note())).toList(),
                request.citizenRating(), request.citizenComment(), request.adjustments(), request.nextDueOn(),
                actor.userId(), actor.sector()));
        return ResponseEntity.created(URI.create("/api/plans/citizens/" + citizenId + "/follow-ups/" + followUpId))
                .body(new FollowUpResponse(citizenId, followUpId));
    }

    @PutMapping("/api/plans/citizens/{citizenId}/follow-up-frequency")
    @PreAuthorize(PlanController.CASEWORK)
    @PersonalData(category = PlanAccess.CATEGORY, kind = AccessKind.CHANGE, citizen = "citizenId")
    @Operation(summary = "Follow the plan up every 1 to 12 months; moves the next due date")
    ResponseEntity<Void> changeFrequency(@PathVariable UUID citizenId,
                                         @Valid @RequestBody ChangeFrequencyRequest request, Actor actor) {
        access.requireSharedChange(actor, citizenId);
        access.current(citizenId);
        commands.send(new ChangeFollowUpFrequencyCommand(PlanIds.planIdOf(citizenId), request.months(),
                request.reason(), actor.userId(), actor.sector()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/plans/follow-ups-due")
    @PreAuthorize(PlanController.CASEWORK)
    @PersonalData(category = PlanAccess.CATEGORY, kind = AccessKind.SEARCH, citizen = "")
    @Operation(summary = "Plans of the caller's citizens whose follow-up falls due by the date (default: in 14 days)")
    List<FollowUpDueView> due(@RequestParam(required = false) LocalDate dueBy, Actor actor) {
        Set<UUID> mine = citizens.citizensOf(actor);
        LocalDate until = dueBy != null ? dueBy : PlanCalendar.today().plusDays(14);
        return queries.query(new FindFollowUpsDueQuery(mine, until),
                ResponseTypes.multipleInstancesOf(FollowUpDueView.class)).join().stream()
                .filter(plan -> access.mayRead(actor, plan.citizenId(), null))
                .toList();
    }
}

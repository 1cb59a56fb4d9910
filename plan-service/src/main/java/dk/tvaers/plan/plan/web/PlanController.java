package dk.tvaers.plan.plan.web;

import dk.tvaers.plan.plan.api.AchieveSubGoalCommand;
import dk.tvaers.plan.plan.api.ActivityKind;
import dk.tvaers.plan.plan.api.AddActivityCommand;
import dk.tvaers.plan.plan.api.AddGoalCommand;
import dk.tvaers.plan.plan.api.AddSubGoalCommand;
import dk.tvaers.plan.plan.api.ChangeDreamCommand;
import dk.tvaers.plan.plan.api.ChangeGoalCommand;
import dk.tvaers.plan.plan.api.ChangeSubGoalCommand;
import dk.tvaers.plan.plan.api.CreatePlanCommand;
import dk.tvaers.plan.plan.api.Direction;
import dk.tvaers.plan.plan.api.DropSubGoalCommand;
import dk.tvaers.plan.plan.api.EndActivityCommand;
import dk.tvaers.plan.plan.api.FindPlanOfCitizenQuery;
import dk.tvaers.plan.plan.api.LifeArea;
import dk.tvaers.plan.plan.api.Measurement;
import dk.tvaers.plan.plan.api.MeasurementKind;
import dk.tvaers.plan.plan.api.PlanIds;
import dk.tvaers.plan.plan.api.PlanView;
import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.domain.RuleViolationException;
import dk.tvaers.platform.privacy.AccessKind;
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
import jakarta.validation.constraints.Pattern;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The citizen's one plan: the dream and goals in the citizen's words, the sub-goals each sector owns and
 * the activities that serve them. A citizen has exactly one plan, so it is addressed by the citizen.
 */
@RestController
@RequestMapping("/api/plans/citizens/{citizenId}")
@Tag(name = "Plan", description = "Borgerens ene koordinerede plan")
class PlanController {

    static final String CASEWORK = "hasAnyRole('caseworker', 'coordinator', 'team-leader')";
    static final String READERS = "hasAnyRole('caseworker', 'coordinator', 'team-leader', 'partner')";
    static final String SECTOR = "[a-z][a-z-]{1,39}";

    private final PlanCommands commands;
    private final QueryGateway queries;
    private final PlanAccess access;

    PlanController(PlanCommands commands, QueryGateway queries, PlanAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
    }

    // --- requests and responses ------------------------------------------------------------------------

    record CreatePlanRequest(
            @Size(max = 2000) String dream,
            @Min(1) @Max(12) Integer followUpFrequencyMonths) {
    }

    record PlanCreatedResponse(UUID planId, UUID citizenId) implements CitizenData {
    }

    record ChangeDreamRequest(@NotBlank @Size(max = 2000) String dream, @Size(max = 1000) String reason) {
    }

    record AddGoalRequest(UUID goalId, @NotBlank @Size(max = 1000) String text) {
    }

    record ChangeGoalRequest(@NotBlank @Size(max = 1000) String text, @Size(max = 1000) String reason) {
    }

    record GoalResponse(UUID citizenId, UUID goalId) implements CitizenData {
    }

    record MeasurementRequest(
            @NotNull MeasurementKind kind,
            @Digits(integer = 9, fraction = 2) BigDecimal baseline,
            @NotNull @Digits(integer = 9, fraction = 2) BigDecimal target,
            @Size(max = 60) String unit,
            Direction direction) {

        Measurement toMeasurement() {
            return new Measurement(kind, baseline, target, unit == null || unit.isBlank() ? null : unit.strip(),
                    direction);
        }
    }

    /** {@code owningSector} defaults to the caller's sector: a sector adds its own sub-goals. */
    record AddSubGoalRequest(
            UUID subGoalId,
            @NotNull UUID goalId,
            @NotBlank @Size(max = 500) String description,
            @Pattern(regexp = SECTOR) String owningSector,
            @NotNull @Min(1) @Max(99) Integer priority,
            @NotNull LocalDate dueOn,
            @NotNull LifeArea lifeArea,
            @NotNull @Valid MeasurementRequest measurement) {
    }

    /** {@code version} is the sub-goal's version as last read; a stale one is answered 409 with the current. */
    record ChangeSubGoalRequest(
            @NotNull @Min(1) Long version,
            @NotBlank @Size(max = 500) String description,
            @NotNull @Min(1) @Max(99) Integer priority,
            @NotNull LocalDate dueOn,
            @NotNull LifeArea lifeArea,
            @NotNull @Valid MeasurementRequest measurement,
            @NotBlank @Size(max = 1000) String reason) {
    }

    record AchieveSubGoalRequest(@NotNull @Min(1) Long version, LocalDate achievedOn, @Size(max = 1000) String note) {
    }

    record DropSubGoalRequest(@NotNull @Min(1) Long version, @NotBlank @Size(max = 1000) String reason) {
    }

    record SubGoalResponse(UUID citizenId, UUID subGoalId, long version) implements CitizenData {
    }

    record AddActivityRequest(
            UUID activityId,
            @NotNull ActivityKind kind,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 200) String provider,
            @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:/-]+") String reference,
            @NotNull LocalDate startsOn,
            LocalDate endsOn,
            @NotEmpty @Size(max = 20) List<@NotNull UUID> subGoalIds) {
    }

    record EndActivityRequest(LocalDate endedOn, @Size(max = 1000) String reason) {
    }

    record ActivityResponse(UUID citizenId, UUID activityId) implements CitizenData {
    }

    // --- the plan --------------------------------------------------------------------------------------

    @PostMapping
    @PreAuthorize(CASEWORK)
    @PersonalData(category = PlanAccess.CATEGORY, kind = AccessKind.CHANGE, citizen = "citizenId")
    @Operation(summary = "Create the citizen's plan (409 if the citizen has one)")
    ResponseEntity<PlanCreatedResponse> create(@PathVariable UUID citizenId,
                                               @Valid @RequestBody(required = false) CreatePlanRequest request,
                                               Actor actor) {
        access.requireSharedChange(actor, citizenId);
        CreatePlanRequest body = request == null ? new CreatePlanRequest(null, null) : request;
        UUID planId = PlanIds.planIdOf(citizenId);
        commands.send(new CreatePlanCommand(planId, citizenId, organisationOf(actor), actor.userId(), actor.sector(),
                false, body.dream(), body.followUpFrequencyMonths()));
        return ResponseEntity.created(URI.create("/api/plans/citizens/" + citizenId))
                .body(new PlanCreatedResponse(planId, citizenId));
    }

    @GetMapping
    @PreAuthorize(READERS)
    @PersonalData(category = PlanAccess.CATEGORY, kind = AccessKind.READ, citizen = "citizenId")
    @Operation(summary = "The plan as it is now, with the sub-goals the caller may see")
    PlanView get(@PathVariable UUID citizenId, Actor actor) {
        access.requireRead(actor, citizenId);
        PlanView plan = queries.query(new FindPlanOfCitizenQuery(citizenId),
                        ResponseTypes.optionalInstanceOf(PlanView.class)).join()
                .orElseThrow(() -> new NotFoundException("plan of citizen", citizenId));
        return access.readable(actor, plan);
    }

    @PutMapping("/dream")
    @PreAuthorize(CASEWORK)
    @PersonalData(category = PlanAccess.CATEGORY, kind = AccessKind.CHANGE, citizen = "citizenId")
    @Operation(summary = "Write down the citizen's dream in their own words")
    ResponseEntity<Void> changeDream(@PathVariable UUID citizenId, @Valid @RequestBody ChangeDreamRequest request,
                                     Actor actor) {
        access.requireSharedChange(actor, citizenId);
        access.current(citizenId);
        commands.send(new ChangeDreamCommand(PlanIds.planIdOf(citizenId), request.dream().strip(), request.reason(),
                actor.userId(), actor.sector()));
        return ResponseEntity.noContent().build();
    }

    // --- goals -----------------------------------------------------------------------------------------

    @PostMapping("/goals")
    @PreAuthorize(CASEWORK)
    @PersonalData(category = PlanAccess.CATEGORY, kind = AccessKind.CHANGE, citizen = "citizenId")
    @Operation(summary = "Add an overall goal in the citizen's own words")
    ResponseEntity<GoalResponse> addGoal(@PathVariable UUID citizenId, @Valid @RequestBody AddGoalRequest request,
                                         @RequestHeader(name = Idempotency.HEADER, required = false)
                                         @Size(max = 200) String idempotencyKey,
                                         Actor actor) {
        access.requireSharedChange(actor, citizenId);
        access.current(citizenId);
        UUID goalId = Idempotency.idFor("goal", request.goalId(), actor, citizenId, idempotencyKey);
        commands.send(new AddGoalCommand(PlanIds.planIdOf(citizenId), goalId, request.text().strip(), actor.userId(),
                actor.sector()));
        return ResponseEntity.created(URI.create("/api/plans/citizens/" + citizenId + "/goals/" + goalId))
                .body(new GoalResponse(citizenId, goalId));
    }

    @PutMapping("/goals/{goalId}")
    @PreAuthorize(CASEWORK)
    @PersonalData(category = PlanAccess.CATEGORY, kind = AccessKind.CHANGE, citizen = "citizenId")
    @Operation(summary = "Reword an overall goal")
    GoalResponse changeGoal(@PathVariable UUID citizenId, @PathVariable UUID goalId,
                            @Valid @RequestBody ChangeGoalRequest request, Actor actor) {
        access.requireSharedChange(actor, citizenId);
        access.current(citizenId);
        commands.send(new ChangeGoalCommand(PlanIds.planIdOf(citizenId), goalId, request.text().strip(),
                request.reason(), actor.userId(), actor.sector()));
        return new GoalResponse(citizenId, goalId);
    }

    // --- sub-goals -------------------------------------------------------------------------------------

    @PostMapping("/sub-goals")
    @PreAuthorize(CASEWORK)
    @PersonalData(category = PlanAccess.CATEGORY, kind = AccessKind.CHANGE, citizen = "citizenId")
    @Operation(summary = "Add a sub-goal owned by the caller's sector")
    ResponseEntity<SubGoalResponse> addSubGoal(@PathVariable UUID citizenId,
                                               @Valid @RequestBody AddSubGoalRequest request,
                                               @RequestHeader(name = Idempotency.HEADER, required = false)
                                               @Size(max = 200) String idempotencyKey,
                                               Actor actor) {
        String sector = request.owningSector() != null ? request.owningSector() : actor.sector();
        if (sector == null) {
            throw new RuleViolationException("owningSector", "plan.owning-sector-required",
                    "Name the sector that owns the sub-goal.");
        }
        access.requireSectorChange(actor, citizenId, sector);
        access.current(citizenId);
        UUID subGoalId = Idempotency.idFor("sub-goal", request.subGoalId(), actor, citizenId, idempotencyKey);
        commands.send(new AddSubGoalCommand(PlanIds.planIdOf(citizenId), subGoalId, request.goalId(),
                request.description().strip(), sector, request.priority(), request.dueOn(), request.lifeArea(),
                request.measurement().toMeasurement(), actor.userId()));
        return ResponseEntity.created(URI.create("/api/plans/citizens/" + citizenId + "/sub-goals/" + subGoalId))
                .body(new SubGoalResponse(citizenId, subGoalId, 1));
    }

    @PutMapping("/sub-goals/{subGoalId}")
    @PreAuthorize(CASEWORK)
    @PersonalData(category = PlanAccess.CATEGORY, kind = AccessKind.CHANGE, citizen = "citizenId")
    @Operation(summary = "Adjust a sub-goal at the version last read (409 with the current version if stale)")
    SubGoalResponse changeSubGoal(@PathVariable UUID citizenId, @PathVariable UUID subGoalId,
                                  @Valid @RequestBody ChangeSubGoalRequest request, Actor actor) {
        access.requireSectorChange(actor, citizenId, access.owningSectorOf(actor, citizenId, subGoalId));
        long version = commands.send(new ChangeSubGoalCommand(PlanIds.planIdOf(citizenId), subGoalId,
                request.version(), request.description().strip(), request.priority(), request.dueOn(),
                request.lifeArea(), request.measurement().toMeasurement(), request.reason().strip(), actor.userId(),
                actor.sector()));
        return new SubGoalResponse(citizenId, subGoalId, version);
    }

    @PostMapping("/sub-goals/{subGoalId}/achieve")
    @PreAuthorize(CASEWORK)
    @PersonalData(category = PlanAccess.CATEGORY, kind = AccessKind.CHANGE, citizen = "citizenId")
    @Operation(summary = "The citizen reached the sub-goal")
    SubGoalResponse achieveSubGoal(@PathVariable UUID citizenId, @PathVariable UUID subGoalId,
                                   @Valid @RequestBody AchieveSubGoalRequest request, Actor actor) {
        access.requireSectorChange(actor, citizenId, access.owningSectorOf(actor, citizenId, subGoalId));
        long version = commands.send(new AchieveSubGoalCommand(PlanIds.planIdOf(citizenId), subGoalId,
                request.version(), request.achievedOn(), request.note(), actor.userId(), actor.sector()));
        return new SubGoalResponse(citizenId, subGoalId, version);
    }

    @PostMapping("/sub-goals/{subGoalId}/drop")
    @PreAuthorize(CASEWORK)
    @PersonalData(category = PlanAccess.CATEGORY, kind = AccessKind.CHANGE, citizen = "citizenId")
    @Operation(summary = "Give up a sub-goal, saying why")
    SubGoalResponse dropSubGoal(@PathVariable UUID citizenId, @PathVariable UUID subGoalId,
                                @Valid @RequestBody DropSubGoalRequest request, Actor actor) {
        access.requireSectorChange(actor, citizenId, access.owningSectorOf(actor, citizenId, subGoalId));
        long version = commands.send(new DropSubGoalCommand(PlanIds.planIdOf(citizenId), subGoalId,
                request.version(), request.reason().strip(), actor.userId(), actor.sector()));
        return new SubGoalResponse(citizenId, subGoalId, version);
    }

    // --- activities ------------------------------------------------------------------------------------

    @PostMapping("/activities")
    @PreAuthorize(CASEWORK)
    @PersonalData(category = PlanAccess.CATEGORY, kind = AccessKind.CHANGE, citizen = "citizenId")
    @Operation(summary = "Record help the caller's sector gives, linked to the sub-goals it serves")
    ResponseEntity<ActivityResponse> addActivity(@PathVariable UUID citizenId,
                                                 @Valid @RequestBody AddActivityRequest request,
                                                 @RequestHeader(name = Idempotency.HEADER, required = false)
                                                 @Size(max = 200) String idempotencyKey,
                                                 Actor actor) {
        access.requireSectorChange(actor, citizenId, actor.sector());
        access.current(citizenId);
        UUID activityId = Idempotency.idFor("activity", request.activityId(), actor, citizenId, idempotencyKey);
        commands.send(new AddActivityCommand(PlanIds.planIdOf(citizenId), activityId, request.kind(),
                request.title().strip(), actor.sector(), request.provider(), request.reference(), request.startsOn(),
                request.endsOn(), request.subGoalIds(), actor.userId()));
        return ResponseEntity.created(URI.create("/api/plans/citizens/" + citizenId + "/activities/" + activityId))
                .body(new ActivityResponse(citizenId, activityId));
    }

    @PostMapping("/activities/{activityId}/end")
    @PreAuthorize(CASEWORK)
    @PersonalData(category = PlanAccess.CATEGORY, kind = AccessKind.CHANGE, citizen = "citizenId")
    @Operation(summary = "The help has ended")
    ResponseEntity<Void> endActivity(@PathVariable UUID citizenId, @PathVariable UUID activityId,
                                     @Valid @RequestBody EndActivityRequest request, Actor actor) {
        String sector = access.owningSectorOfActivity(actor, citizenId, activityId);
        access.requireSectorChange(actor, citizenId, sector);
        commands.send(new EndActivityCommand(PlanIds.planIdOf(citizenId), activityId, request.endedOn(),
                request.reason(), actor.userId(), actor.sector()));
        return ResponseEntity.noContent().build();
    }

    private static String organisationOf(Actor actor) {
        if (actor.organisation() == null) {
            throw new RuleViolationException(null, "plan.actor-without-organisation",
                    "Only someone acting for an organisation can create a plan.");
        }
        return actor.organisation();
    }
}

package dk.tvaers.plan.plan.web;

import dk.tvaers.plan.plan.api.FindPlanOfCitizenQuery;
import dk.tvaers.plan.plan.api.PlanChangeLog;
import dk.tvaers.plan.plan.api.PlanIds;
import dk.tvaers.plan.plan.api.PlanProgress;
import dk.tvaers.plan.plan.api.PlanView;
import dk.tvaers.plan.plan.command.PlanCalendar;
import dk.tvaers.plan.plan.query.PlanHistory;
import dk.tvaers.plan.plan.query.Progression;
import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.privacy.AccessKind;
import dk.tvaers.platform.privacy.PersonalData;
import dk.tvaers.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.UUID;

/** Progress at a glance, the plan as it stood on a past date, and who changed what, when and why. */
@RestController
@RequestMapping("/api/plans/citizens/{citizenId}")
@Tag(name = "Progression og historik", description = "Fremskridt og planens historik")
class ProgressController {

    private final QueryGateway queries;
    private final PlanHistory history;
    private final PlanAccess access;

    ProgressController(QueryGateway queries, PlanHistory history, PlanAccess access) {
        this.queries = queries;
        this.history = history;
        this.access = access;
    }

    @GetMapping("/progress")
    @PreAuthorize(PlanController.READERS)
    @PersonalData(category = PlanAccess.CATEGORY, kind = AccessKind.READ, citizen = "citizenId")
    @Operation(summary = "Share of sub-goals achieved and each sub-goal's readings and trend")
    PlanProgress progress(@PathVariable UUID citizenId, Actor actor) {
        access.requireRead(actor, citizenId);
        PlanView plan = queries.query(new FindPlanOfCitizenQuery(citizenId),
                        ResponseTypes.optionalInstanceOf(PlanView.class)).join()
                .orElseThrow(() -> new NotFoundException("plan of citizen", citizenId));
        return Progression.of(access.readable(actor, plan));
    }

    @GetMapping("/history")
    @PreAuthorize(PlanController.READERS)
    @PersonalData(category = PlanAccess.CATEGORY, kind = AccessKind.READ, citizen = "citizenId")
    @Operation(summary = "The plan as it stood at the end of a past date, from the event store")
    PlanView asOf(@PathVariable UUID citizenId,
                  @RequestParam("asOf") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, Actor actor) {
        access.requireRead(actor, citizenId);
        return history.asOf(citizenId, PlanCalendar.startOf(asOf.plusDays(1)).minusNanos(1))
                .map(plan -> access.readable(actor, plan))
                .orElseThrow(() -> new NotFoundException("plan of citizen on " + asOf, citizenId));
    }

    @GetMapping("/changes")
    @PreAuthorize(PlanController.READERS)
    @PersonalData(category = PlanAccess.CATEGORY, kind = AccessKind.READ, citizen = "citizenId")
    @Operation(summary = "Every change to the plan: who, what, when and why, from the event store")
    PlanChangeLog changes(@PathVariable UUID citizenId, Actor actor) {
        access.requireRead(actor, citizenId);
        var changes = history.changes(citizenId);
        if (changes.isEmpty()) {
            throw new NotFoundException("plan of citizen", citizenId);
        }
        return new PlanChangeLog(PlanIds.planIdOf(citizenId), citizenId, access.readable(actor, citizenId, changes));
    }
}

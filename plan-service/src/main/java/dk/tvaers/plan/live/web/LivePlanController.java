package dk.tvaers.plan.live.web;

import dk.tvaers.contracts.ConsentCategories;
import dk.tvaers.plan.live.PlanChangeStream;
import dk.tvaers.platform.privacy.AccessKind;
import dk.tvaers.platform.privacy.CitizenAccess;
import dk.tvaers.platform.privacy.PersonalData;
import dk.tvaers.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.UUID;

/** The open plan page follows the plan: a server-sent event each time it changes, whichever sector changed it. */
@RestController
@Tag(name = "Plan", description = "Borgerens ene koordinerede plan")
class LivePlanController {

    private final PlanChangeStream stream;
    private final CitizenAccess access;

    LivePlanController(PlanChangeStream stream, CitizenAccess access) {
        this.stream = stream;
        this.access = access;
    }

    /**
     * {@code plan-changed} events with the plan's version (the first one at once, with the version now); the page
     * then reads the plan as usual. A citizen the caller does not work with is a 404, as for the plan itself.
     */
    @GetMapping(path = "/api/plans/citizens/{citizenId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize("hasAnyRole('caseworker', 'coordinator', 'team-leader', 'partner')")
    @PersonalData(category = ConsentCategories.PLAN, kind = AccessKind.READ, citizen = "citizenId")
    @Operation(summary = "Live changes to the citizen's plan (server-sent events)")
    SseEmitter follow(@PathVariable UUID citizenId, Actor actor) {
        access.requireRead(actor, citizenId, null, ConsentCategories.PLAN);
        return stream.watch(actor, citizenId);
    }
}

package dk.tvaers.coordination.involvement.web;

import dk.tvaers.contracts.ConsentCategories;
import dk.tvaers.coordination.involvement.api.Coordinator;
import dk.tvaers.coordination.involvement.api.CoordinatorNeed;
import dk.tvaers.coordination.involvement.api.DesignateCoordinatorCommand;
import dk.tvaers.coordination.involvement.api.FindCoordinatorNeedsQuery;
import dk.tvaers.coordination.involvement.api.FindCoordinatorQuery;
import dk.tvaers.coordination.involvement.api.FindInvolvedSectorsQuery;
import dk.tvaers.coordination.involvement.api.InvolvedSector;
import dk.tvaers.coordination.web.Idempotency;
import dk.tvaers.platform.privacy.AccessKind;
import dk.tvaers.platform.privacy.CitizenAccess;
import dk.tvaers.platform.privacy.CitizenData;
import dk.tvaers.platform.privacy.PersonalData;
import dk.tvaers.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Who works with a citizen, and who coordinates: every sector involved sees the same. */
@RestController
@RequestMapping("/api/coordination")
class InvolvementController {

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final CitizenAccess access;

    InvolvementController(QueryGateway queries, CommandGateway commands, CitizenAccess access) {
        this.queries = queries;
        this.commands = commands;
        this.access = access;
    }

    /** The coordinator and, if there is none, why one is needed. */
    record CoordinatorStatus(UUID citizenId, Coordinator coordinator, CoordinatorNeed need) implements CitizenData {
    }

    record DesignateCoordinatorRequest(
            @NotNull @Pattern(regexp = "[A-Za-z0-9._@-]{1,128}") String caseworkerId,
            @Size(max = 2000) String reason) {
    }

    @GetMapping("/citizens/{citizenId}/involved-sectors")
    @PersonalData(category = ConsentCategories.CASES)
    @Operation(summary = "The sectors with an open case for the citizen, their caseworkers, and who coordinates")
    List<InvolvedSector> involvedSectors(@PathVariable UUID citizenId, Actor actor) {
        access.requireRead(actor, citizenId, null, ConsentCategories.CASES);
        return queries.query(new FindInvolvedSectorsQuery(citizenId),
                        ResponseTypes.multipleInstancesOf(InvolvedSector.class)).join().stream()
                .map(involved -> access.canRead(actor, citizenId, involved.sector(), ConsentCategories.CASES)
                        ? involved : involved.withoutCase())
                .toList();
    }

    @GetMapping("/citizens/{citizenId}/coordinator")
    @PersonalData(category = ConsentCategories.CASES)
    @Operation(summary = "The citizen's coordinating caseworker, or why one is needed")
    CoordinatorStatus coordinator(@PathVariable UUID citizenId, Actor actor) {
        access.requireRead(actor, citizenId, null, ConsentCategories.CASES);
        Coordinator coordinator = queries.query(new FindCoordinatorQuery(citizenId),
                ResponseTypes.optionalInstanceOf(Coordinator.class)).join().orElse(null);
        CoordinatorNeed need = queries.query(new FindCoordinatorNeedsQuery(java.util.Set.of(citizenId)),
                ResponseTypes.multipleInstancesOf(CoordinatorNeed.class)).join().stream().findFirst().orElse(null);
        return new CoordinatorStatus(citizenId, coordinator, need);
    }

    /**
     * Designate the coordinating caseworker, or hand over to another: the caseworker must be responsible for
     * an involved sector's case; a hand-over needs a reason. Anyone doing casework with the citizen may do it.
     */
    @PutMapping("/citizens/{citizenId}/coordinator")
    @PreAuthorize("hasAnyRole('caseworker', 'coordinator', 'team-leader')")
    @PersonalData(category = ConsentCategories.CASES, kind = AccessKind.CHANGE)
    @Operation(summary = "Designate or hand over the coordinating caseworker")
    ResponseEntity<Void> designate(@PathVariable UUID citizenId,
                                   @Valid @RequestBody DesignateCoordinatorRequest request, Actor actor) {
        access.requireChange(actor, citizenId, actor.sector());
        Idempotency.send(commands, new DesignateCoordinatorCommand(citizenId, request.caseworkerId(), request.reason(),
                actor.userId()));
        return ResponseEntity.noContent().build();
    }

    /** The citizens the caller works with who have no coordinating caseworker: the team's to-do list. */
    @GetMapping("/coordinator-needed")
    @PersonalData(category = ConsentCategories.CASES, kind = AccessKind.SEARCH, citizen = "")
    @Operation(summary = "Citizens of the caller without a coordinating caseworker")
    List<CoordinatorNeed> coordinatorNeeded(Actor actor) {
        return queries.query(new FindCoordinatorNeedsQuery(access.citizensOf(actor)),
                ResponseTypes.multipleInstancesOf(CoordinatorNeed.class)).join();
    }
}

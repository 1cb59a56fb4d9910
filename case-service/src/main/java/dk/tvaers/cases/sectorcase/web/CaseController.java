package dk.tvaers.cases.sectorcase.web;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.cases.sectorcase.api.CaseSummary;
import dk.tvaers.cases.sectorcase.api.CloseCaseCommand;
import dk.tvaers.cases.sectorcase.api.TransferCaseCommand;
import dk.tvaers.cases.web.IdempotentCreation;
import dk.tvaers.cases.sectorcase.api.FindCaseQuery;
import dk.tvaers.cases.sectorcase.api.FindCasesOfCitizenQuery;
import dk.tvaers.cases.sectorcase.api.OpenCaseCommand;
import dk.tvaers.contracts.ConsentCategories;
import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.privacy.AccessKind;
import dk.tvaers.platform.privacy.CitizenAccess;
import dk.tvaers.platform.privacy.CitizenData;
import dk.tvaers.platform.privacy.PersonalData;
import dk.tvaers.platform.domain.RuleViolationException;
import dk.tvaers.platform.security.Actor;
import dk.tvaers.platform.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.PastOrPresent;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/cases")
class CaseController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CitizenAccess access;
    private final IdempotentCreation idempotency;

    CaseController(CommandGateway commands, QueryGateway queries, CitizenAccess access,
                   IdempotentCreation idempotency) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.idempotency = idempotency;
    }

    /**
     * The sector and organisation are the caller's own (from the access token): a caseworker opens cases
     * in their own sector. The responsible caseworker defaults to the caller; a sector system names one.
     */
    record OpenCaseRequest(
            @NotNull UUID citizenId,
            @NotBlank @Size(max = 200) String legalBasis,
            @Pattern(regexp = "[A-Za-z0-9._@-]{1,128}") String caseworkerId,
            @PastOrPresent LocalDate openedOn) {
    }

    record CaseOpenedResponse(UUID caseId, UUID citizenId) implements CitizenData {
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('caseworker', 'team-leader', 'sector-system')")
    @PersonalData(category = ConsentCategories.CASES, kind = AccessKind.CHANGE, citizen = "")
    ResponseEntity<CaseOpenedResponse> open(@Valid @RequestBody OpenCaseRequest request,
                                            @RequestHeader(name = IdempotentCreation.HEADER, required = false)
                                            @Size(max = 200) String idempotencyKey,
                                            Actor actor) {
        if (actor.sector() == null || actor.organisation() == null) {
            throw new RuleViolationException(null, "case.actor-without-sector",
                    "Only someone working in a sector can open a case in it.");
        }
        String caseworker = request.caseworkerId() != null ? request.caseworkerId()
                : actor.has(Roles.SECTOR_SYSTEM) ? null : actor.userId();
        if (caseworker == null) {
            throw new RuleViolationException("caseworkerId", "case.caseworker-required",
                    "A sector system must name the responsible caseworker.");
        }
        UUID caseId = idempotency.idFor("case", actor, idempotencyKey);
        if (!idempotency.exists(caseId)) {
            commands.sendAndWait(new OpenCaseCommand(caseId, request.citizenId(), actor.organisation(),
                    actor.sector(), request.legalBasis(), caseworker,
                    request.openedOn() == null ? DanishTime.today() : request.openedOn()));
        }
        return ResponseEntity.created(URI.create("/api/cases/" + caseId)).body(new CaseOpenedResponse(caseId, request.citizenId()));
    }

    @GetMapping("/{caseId}")
    @PersonalData(category = ConsentCategories.CASES, citizen = "")
    CaseSummary get(@PathVariable UUID caseId, Actor actor) {
        return queries.query(new FindCaseQuery(caseId), ResponseTypes.optionalInstanceOf(CaseSummary.class)).join()
                .filter(found -> access.canRead(actor, found.citizenId(), found.sector(), ConsentCategories.CASES))
                .orElseThrow(() -> new NotFoundException("case", caseId));
    }

    /** The citizen's cases in every sector the caller may see: their own sector's, and others' under consent. */
    @GetMapping
    @PersonalData(category = ConsentCategories.CASES)
    List<CaseSummary> ofCitizen(@RequestParam UUID citizenId, Actor actor) {
        access.requireRead(actor, citizenId, null, ConsentCategories.CASES);
        return queries.query(new FindCasesOfCitizenQuery(citizenId),
                        ResponseTypes.multipleInstancesOf(CaseSummary.class)).join().stream()
                .filter(found -> access.canRead(actor, citizenId, found.sector(), ConsentCategories.CASES))
                .toList();
    }

    record TransferCaseRequest(
            @NotNull @PositiveOrZero Long expectedVersion,
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{1,128}") String toCaseworkerId,
            @NotBlank @Size(max = 200) String reason,
            @PastOrPresent LocalDate transferredOn) {
    }

    record CloseCaseRequest(
            @NotNull @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 200) String reason,
            @PastOrPresent LocalDate closedOn) {
    }

    record CaseChangedResponse(UUID caseId, UUID citizenId, long version) implements CitizenData {
    }

    /** Hands the case to another caseworker in the sector; a stale {@code expectedVersion} is a 409. */
    @PostMapping("/{caseId}/transfer")
    @PreAuthorize("hasAnyRole('caseworker', 'coordinator', 'team-leader', 'sector-system')")
    @PersonalData(category = ConsentCategories.CASES, kind = AccessKind.CHANGE, citizen = "")
    CaseChangedResponse transfer(@PathVariable UUID caseId, @Valid @RequestBody TransferCaseRequest request,
                                 Actor actor) {
        CaseSummary found = changeableCase(caseId, actor);
        commands.sendAndWait(new TransferCaseCommand(caseId, request.expectedVersion(), request.toCaseworkerId(),
                request.reason(), request.transferredOn() == null ? DanishTime.today() : request.transferredOn()));
        return new CaseChangedResponse(caseId, found.citizenId(), request.expectedVersion() + 1);
    }

    /** Closes the case with a reason; the sector may then open a new one for the citizen. */
    @PostMapping("/{caseId}/closing")
    @PreAuthorize("hasAnyRole('caseworker', 'coordinator', 'team-leader', 'sector-system')")
    @PersonalData(category = ConsentCategories.CASES, kind = AccessKind.CHANGE, citizen = "")
    CaseChangedResponse close(@PathVariable UUID caseId, @Valid @RequestBody CloseCaseRequest request, Actor actor) {
        CaseSummary found = changeableCase(caseId, actor);
        commands.sendAndWait(new CloseCaseCommand(caseId, request.expectedVersion(), request.reason(),
                request.closedOn() == null ? DanishTime.today() : request.closedOn()));
        return new CaseChangedResponse(caseId, found.citizenId(), request.expectedVersion() + 1);
    }

    /** A case of the caller's own sector and organisation that the caller works with; else 404 or 403. */
    private CaseSummary changeableCase(UUID caseId, Actor actor) {
        CaseSummary found = queries.query(new FindCaseQuery(caseId), ResponseTypes.optionalInstanceOf(CaseSummary.class))
                .join()
                .filter(summary -> summary.organisation().equals(actor.organisation()))
                .orElseThrow(() -> new NotFoundException("case", caseId));
        if (actor.has(Roles.SECTOR_SYSTEM)) {
            if (!found.sector().equals(actor.sector())) {
                throw new NotFoundException("case", caseId);
            }
        } else {
            access.requireChange(actor, found.citizenId(), found.sector());
        }
        return found;
    }
}

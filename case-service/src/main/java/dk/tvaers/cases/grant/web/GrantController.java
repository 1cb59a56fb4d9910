package dk.tvaers.cases.grant.web;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.cases.CaseServiceSettings;
import dk.tvaers.cases.caseload.api.CaseworkerCaseload;
import dk.tvaers.cases.caseload.api.FindCaseloadQuery;
import dk.tvaers.cases.caseload.api.FindTeamQuery;
import dk.tvaers.cases.caseload.api.TeamView;
import dk.tvaers.cases.grant.api.ApproveGrantCommand;
import dk.tvaers.cases.grant.api.FindFrameGrantQuery;
import dk.tvaers.cases.grant.api.FindGrantQuery;
import dk.tvaers.cases.grant.api.FindGrantsAwaitingVisitationQuery;
import dk.tvaers.cases.grant.api.FindGrantsOfCitizenQuery;
import dk.tvaers.cases.grant.api.FindRevisitationListQuery;
import dk.tvaers.cases.grant.api.FrameGrantView;
import dk.tvaers.cases.grant.api.GrantFrameCommand;
import dk.tvaers.cases.grant.api.GrantTerms;
import dk.tvaers.cases.grant.api.GrantView;
import dk.tvaers.cases.grant.api.ProposeGrantCommand;
import dk.tvaers.cases.grant.api.RejectGrantCommand;
import dk.tvaers.cases.grant.api.RevisitGrantCommand;
import dk.tvaers.cases.grant.api.RevisitationDecision;
import dk.tvaers.cases.grant.command.Grant;
import dk.tvaers.cases.grant.command.GrantProposals;
import dk.tvaers.cases.web.IdempotentCreation;
import dk.tvaers.contracts.ConsentCategories;
import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.privacy.AccessKind;
import dk.tvaers.platform.privacy.CitizenAccess;
import dk.tvaers.platform.privacy.CitizenData;
import dk.tvaers.platform.privacy.PersonalData;
import dk.tvaers.platform.security.Actor;
import dk.tvaers.platform.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Grants: a caseworker proposes within their own sector; within the team's authority it is in force at
 * once, otherwise the sector's team leader approves or rejects it at the visitation meeting. Frame grants
 * are granted by team leaders.
 */
@RestController
@RequestMapping("/api/grants")
class GrantController {

    private static final String CASEWORK = "hasAnyRole('caseworker', 'coordinator', 'team-leader')";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final GrantProposals proposals;
    private final CitizenAccess access;
    private final CaseServiceSettings settings;
    private final IdempotentCreation idempotency;

    GrantController(CommandGateway commands, QueryGateway queries, GrantProposals proposals, CitizenAccess access,
                    CaseServiceSettings settings, IdempotentCreation idempotency) {
        this.commands = commands;
        this.queries = queries;
        this.proposals = proposals;
        this.access = access;
        this.settings = settings;
        this.idempotency = idempotency;
    }

    record ProposeGrantRequest(
            @NotNull UUID citizenId,
            @NotNull UUID caseId,
            @NotNull UUID offerId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("40") @Digits(integer = 2, fraction = 2)
            BigDecimal hoursPerWeek,
            @NotNull LocalDate validFrom,
            @NotNull LocalDate validUntil,
            @NotBlank @Size(max = 200) String legalBasis,
            boolean externalPlacement,
            UUID frameGrantId) {
    }

    record GrantProposedResponse(UUID grantId, UUID citizenId, boolean awaitingVisitation) implements CitizenData {
    }

    record DecisionRequest(@NotNull @PositiveOrZero Long expectedVersion) {
    }

    record RejectionRequest(@NotNull @PositiveOrZero Long expectedVersion, @NotBlank @Size(max = 2000) String reason) {
    }

    record RevisitationRequest(@NotNull @PositiveOrZero Long expectedVersion, @NotNull RevisitationDecision decision) {
    }

    record GrantDecidedResponse(UUID grantId, UUID citizenId, long version) implements CitizenData {
    }

    record GrantFrameRequest(
            @NotNull UUID citizenId,
            @NotNull UUID caseId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100000") @Digits(integer = 6, fraction = 2)
            BigDecimal budgetHours,
            @NotNull LocalDate validFrom,
            @NotNull LocalDate validUntil,
            @NotBlank @Size(max = 200) String legalBasis) {
    }

    record FrameGrantedResponse(UUID frameGrantId, UUID citizenId) implements CitizenData {
    }

    @PostMapping
    @PreAuthorize(CASEWORK)
    @PersonalData(category = ConsentCategories.GRANTS, kind = AccessKind.CHANGE, citizen = "")
    ResponseEntity<GrantProposedResponse> propose(@Valid @RequestBody ProposeGrantRequest request,
                                                  @RequestHeader(name = IdempotentCreation.HEADER, required = false)
                                                  @Size(max = 200) String idempotencyKey,
                                                  Actor actor) {
        access.requireChange(actor, request.citizenId(), actor.sector());
        UUID grantId = idempotency.idFor("grant", actor, idempotencyKey);
        LocalDate today = DanishTime.today();
        BigDecimal authority = authorityOf(actor);
        if (!idempotency.exists(grantId)) {
            proposals.propose(new ProposeGrantCommand(grantId, request.citizenId(), request.caseId(),
                    actor.organisation(), actor.sector(), new GrantTerms(request.offerId(), request.hoursPerWeek(),
                    request.validFrom(), request.validUntil(), request.legalBasis().strip()),
                    request.externalPlacement(), request.frameGrantId(), actor.userId(), authority, today));
        }
        boolean awaiting = !Grant.withinAuthority(new GrantTerms(request.offerId(), request.hoursPerWeek(),
                request.validFrom(), request.validUntil(), request.legalBasis()), request.externalPlacement(), authority);
        return ResponseEntity.created(URI.create("/api/grants/" + grantId))
                .body(new GrantProposedResponse(grantId, request.citizenId(), awaiting));
    }

    @GetMapping("/{grantId}")
    @PreAuthorize(CASEWORK)
    @PersonalData(category = ConsentCategories.GRANTS, citizen = "")
    GrantView get(@PathVariable UUID grantId, Actor actor) {
        return queries.query(new FindGrantQuery(grantId), ResponseTypes.optionalInstanceOf(GrantView.class)).join()
                .filter(grant -> access.canRead(actor, grant.citizenId(), grant.sector(), ConsentCategories.GRANTS))
                .orElseThrow(() -> new NotFoundException("grant", grantId));
    }

    /** The citizen's grants in every sector the caller may see. */
    @GetMapping
    @PreAuthorize(CASEWORK)
    @PersonalData(category = ConsentCategories.GRANTS)
    List<GrantView> ofCitizen(@RequestParam UUID citizenId, Actor actor) {
        access.requireRead(actor, citizenId, null, ConsentCategories.GRANTS);
        return queries.query(new FindGrantsOfCitizenQuery(citizenId), ResponseTypes.multipleInstancesOf(GrantView.class))
                .join().stream()
                .filter(grant -> access.canRead(actor, citizenId, grant.sector(), ConsentCategories.GRANTS))
                .toList();
    }

    /** The visitation meeting's agenda: the sector's grants waiting for a team leader's decision. */
    @GetMapping("/visitation")
    @PreAuthorize("hasRole('" + Roles.TEAM_LEADER + "')")
    @PersonalData(category = ConsentCategories.GRANTS, citizen = "")
    List<GrantView> visitation(Actor actor) {
        return queries.query(new FindGrantsAwaitingVisitationQuery(actor.organisation(), actor.sector()),
                ResponseTypes.multipleInstancesOf(GrantView.class)).join();
    }

    @PostMapping("/{grantId}/approval")
    @PreAuthorize("hasRole('" + Roles.TEAM_LEADER + "')")
    @PersonalData(category = ConsentCategories.GRANTS, kind = AccessKind.CHANGE, citizen = "")
    GrantDecidedResponse approve(@PathVariable UUID grantId, @Valid @RequestBody DecisionRequest request,
                                 Actor actor) {
        GrantView grant = ownSectorsGrant(grantId, actor);
        commands.sendAndWait(new ApproveGrantCommand(grantId, request.expectedVersion(), actor.userId(),
                DanishTime.today()));
        return new GrantDecidedResponse(grantId, grant.citizenId(), request.expectedVersion() + 1);
    }

    @PostMapping("/{grantId}/rejection")
    @PreAuthorize("hasRole('" + Roles.TEAM_LEADER + "')")
    @PersonalData(category = ConsentCategories.GRANTS, kind = AccessKind.CHANGE, citizen = "")
    GrantDecidedResponse reject(@PathVariable UUID grantId, @Valid @RequestBody RejectionRequest request,
                                Actor actor) {
        GrantView grant = ownSectorsGrant(grantId, actor);
        commands.sendAndWait(new RejectGrantCommand(grantId, request.expectedVersion(), actor.userId(),
                request.reason(), DanishTime.today()));
        return new GrantDecidedResponse(grantId, grant.citizenId(), request.expectedVersion() + 1);
    }

    /** The revisitation list: the sector's grants under 3 hours a week under Serviceloven §85 that are due. */
    @GetMapping("/revisitation")
    @PreAuthorize(CASEWORK)
    @PersonalData(category = ConsentCategories.GRANTS, citizen = "")
    List<GrantView> revisitationList(Actor actor) {
        Set<UUID> mine = access.citizensOf(actor);
        return queries.query(new FindRevisitationListQuery(actor.organisation(), actor.sector()),
                        ResponseTypes.multipleInstancesOf(GrantView.class)).join().stream()
                .filter(grant -> mine.contains(grant.citizenId()))
                .toList();
    }

    @PostMapping("/{grantId}/revisitation")
    @PreAuthorize(CASEWORK)
    @PersonalData(category = ConsentCategories.GRANTS, kind = AccessKind.CHANGE, citizen = "")
    GrantDecidedResponse revisit(@PathVariable UUID grantId, @Valid @RequestBody RevisitationRequest request,
                                 Actor actor) {
        GrantView grant = ownSectorsGrant(grantId, actor);
        commands.sendAndWait(new RevisitGrantCommand(grantId, request.expectedVersion(), request.decision(),
                actor.userId(), DanishTime.today()));
        long events = request.decision() == RevisitationDecision.END ? 2 : 1;
        return new GrantDecidedResponse(grantId, grant.citizenId(), request.expectedVersion() + events);
    }

    /** A frame grant (rammebevilling): a budget of hours that the sector's later grants draw from. */
    @PostMapping("/frames")
    @PreAuthorize("hasRole('" + Roles.TEAM_LEADER + "')")
    @PersonalData(category = ConsentCategories.GRANTS, kind = AccessKind.CHANGE, citizen = "")
    ResponseEntity<FrameGrantedResponse> grantFrame(@Valid @RequestBody GrantFrameRequest request,
                                                    @RequestHeader(name = IdempotentCreation.HEADER, required = false)
                                                    @Size(max = 200) String idempotencyKey,
                                                    Actor actor) {
        access.requireChange(actor, request.citizenId(), actor.sector());
        UUID frameGrantId = idempotency.idFor("frame-grant", actor, idempotencyKey);
        if (!idempotency.exists(frameGrantId)) {
            commands.sendAndWait(new GrantFrameCommand(frameGrantId, request.citizenId(), request.caseId(),
                    actor.organisation(), actor.sector(), request.budgetHours(), request.validFrom(),
                    request.validUntil(), request.legalBasis(), actor.userId(), DanishTime.today()));
        }
        return ResponseEntity.created(URI.create("/api/grants/frames/" + frameGrantId))
                .body(new FrameGrantedResponse(frameGrantId, request.citizenId()));
    }

    @GetMapping("/frames/{frameGrantId}")
    @PreAuthorize(CASEWORK)
    @PersonalData(category = ConsentCategories.GRANTS, citizen = "")
    FrameGrantView frame(@PathVariable UUID frameGrantId, Actor actor) {
        return queries.query(new FindFrameGrantQuery(frameGrantId), ResponseTypes.optionalInstanceOf(FrameGrantView.class))
                .join()
                .filter(frame -> access.canRead(actor, frame.citizenId(), frame.sector(), ConsentCategories.GRANTS))
                .orElseThrow(() -> new NotFoundException("frame grant", frameGrantId));
    }

    /**
     * The caller's authority: that of the team case-service records them as a member of (team leaders assign
     * caseworkers to teams here), else that of the team their token names, else the installation's default.
     * Only a team of the caller's own organisation counts.
     */
    private BigDecimal authorityOf(Actor actor) {
        Optional<String> recordedTeam = queries.query(new FindCaseloadQuery(actor.userId()),
                        ResponseTypes.optionalInstanceOf(CaseworkerCaseload.class)).join()
                .map(CaseworkerCaseload::teamId);
        return Stream.concat(recordedTeam.stream(), Stream.ofNullable(actor.team()))
                .map(this::team)
                .flatMap(Optional::stream)
                .filter(team -> team.organisation().equals(actor.organisation()))
                .map(TeamView::authorityHoursPerWeek)
                .findFirst()
                .orElse(settings.defaultAuthorityHoursPerWeek());
    }

    private Optional<TeamView> team(String teamId) {
        return queries.query(new FindTeamQuery(teamId), ResponseTypes.optionalInstanceOf(TeamView.class)).join();
    }

    /** A grant of the caller's own organisation and sector, of a citizen the caller works with. */
    private GrantView ownSectorsGrant(UUID grantId, Actor actor) {
        GrantView grant = queries.query(new FindGrantQuery(grantId), ResponseTypes.optionalInstanceOf(GrantView.class))
                .join()
                .filter(found -> found.organisation().equals(actor.organisation()))
                .filter(found -> access.canRead(actor, found.citizenId(), found.sector(), ConsentCategories.GRANTS))
                .orElseThrow(() -> new NotFoundException("grant", grantId));
        if (!grant.sector().equals(actor.sector())) {
            throw new AccessDeniedException("only " + grant.sector() + " decides its grants");
        }
        return grant;
    }
}

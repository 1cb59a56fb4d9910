package dk.tvaers.cases.caseload.web;

import dk.tvaers.cases.caseload.api.AssignCaseworkerToTeamCommand;
import dk.tvaers.cases.caseload.api.CaseworkerCaseload;
import dk.tvaers.cases.caseload.api.ChangeTeamSettingsCommand;
import dk.tvaers.cases.caseload.api.DefineTeamCommand;
import dk.tvaers.cases.caseload.api.FindTeamCaseloadsQuery;
import dk.tvaers.cases.caseload.api.FindTeamMemberCaseloadsQuery;
import dk.tvaers.cases.caseload.api.FindTeamQuery;
import dk.tvaers.cases.caseload.api.FindTeamsQuery;
import dk.tvaers.cases.caseload.api.TeamCaseload;
import dk.tvaers.cases.caseload.api.TeamView;
import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.domain.RuleViolationException;
import dk.tvaers.platform.privacy.NoPersonalData;
import dk.tvaers.platform.security.Actor;
import dk.tvaers.platform.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

/**
 * Teams, their recommended caseload and authority, and caseloads against them. Team leaders configure
 * their own organisation's teams in their own sector; management sees caseloads in aggregate only.
 */
@RestController
@RequestMapping("/api/teams")
class TeamController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    TeamController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    record DefineTeamRequest(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}") String teamId,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Min(1) @Max(200) Integer recommendedCaseload,
            @NotNull @DecimalMin("0") @DecimalMax("40") @Digits(integer = 2, fraction = 2)
            BigDecimal authorityHoursPerWeek) {
    }

    record ChangeTeamRequest(
            @NotNull @PositiveOrZero Long expectedVersion,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Min(1) @Max(200) Integer recommendedCaseload,
            @NotNull @DecimalMin("0") @DecimalMax("40") @Digits(integer = 2, fraction = 2)
            BigDecimal authorityHoursPerWeek) {
    }

    record TeamDefinedResponse(String teamId) {
    }

    @GetMapping
    @NoPersonalData("the organisation's teams and their settings")
    List<TeamView> teams(Actor actor) {
        return queries.query(new FindTeamsQuery(actor.organisation()), ResponseTypes.multipleInstancesOf(TeamView.class))
                .join();
    }

    @GetMapping("/{teamId}")
    @NoPersonalData("a team's settings")
    TeamView team(@PathVariable String teamId, Actor actor) {
        return ownTeam(teamId, actor);
    }

    @PostMapping
    @PreAuthorize("hasRole('" + Roles.TEAM_LEADER + "')")
    @NoPersonalData("a team's settings")
    ResponseEntity<TeamDefinedResponse> define(@Valid @RequestBody DefineTeamRequest request, Actor actor) {
        if (actor.sector() == null || actor.organisation() == null) {
            throw new RuleViolationException(null, "team.actor-without-sector",
                    "Only a team leader in a sector can define a team.");
        }
        commands.sendAndWait(new DefineTeamCommand(request.teamId(), actor.organisation(), actor.sector(),
                request.name(), request.recommendedCaseload(), request.authorityHoursPerWeek(), false));
        return ResponseEntity.created(URI.create("/api/teams/" + request.teamId()))
                .body(new TeamDefinedResponse(request.teamId()));
    }

    @PutMapping("/{teamId}")
    @PreAuthorize("hasRole('" + Roles.TEAM_LEADER + "')")
    @NoPersonalData("a team's settings")
    TeamDefinedResponse change(@PathVariable String teamId, @Valid @RequestBody ChangeTeamRequest request,
                               Actor actor) {
        ledTeam(teamId, actor);
        commands.sendAndWait(new ChangeTeamSettingsCommand(teamId, request.expectedVersion(), request.name(),
                request.recommendedCaseload(), request.authorityHoursPerWeek()));
        return new TeamDefinedResponse(teamId);
    }

    /** Makes a caseworker (a user id) a member of the team; a caseworker is in one team at a time. */
    @PutMapping("/{teamId}/members/{caseworkerId}")
    @PreAuthorize("hasRole('" + Roles.TEAM_LEADER + "')")
    @NoPersonalData("staff membership of a team")
    ResponseEntity<Void> addMember(@PathVariable String teamId,
                                   @PathVariable @Pattern(regexp = "[A-Za-z0-9._@-]{1,128}") String caseworkerId,
                                   Actor actor) {
        TeamView team = ledTeam(teamId, actor);
        commands.sendAndWait(new AssignCaseworkerToTeamCommand(caseworkerId, team.organisation(), teamId,
                team.recommendedCaseload(), false));
        return ResponseEntity.noContent().build();
    }

    /** Every team's caseload in aggregate: for management and team leaders. */
    @GetMapping("/caseloads")
    @PreAuthorize("hasAnyRole('" + Roles.MANAGEMENT + "', '" + Roles.TEAM_LEADER + "')")
    @NoPersonalData("caseload aggregates per team")
    List<TeamCaseload> caseloads(Actor actor) {
        return queries.query(new FindTeamCaseloadsQuery(actor.organisation()),
                ResponseTypes.multipleInstancesOf(TeamCaseload.class)).join();
    }

    /** Each member's caseload against the recommendation, with a warning above it: for the team leader. */
    @GetMapping("/{teamId}/caseloads")
    @PreAuthorize("hasRole('" + Roles.TEAM_LEADER + "')")
    @NoPersonalData("case counts per caseworker, no citizens")
    List<CaseworkerCaseload> memberCaseloads(@PathVariable String teamId, Actor actor) {
        ownTeam(teamId, actor);
        return queries.query(new FindTeamMemberCaseloadsQuery(teamId),
                ResponseTypes.multipleInstancesOf(CaseworkerCaseload.class)).join();
    }

    private TeamView ownTeam(String teamId, Actor actor) {
        return queries.query(new FindTeamQuery(teamId), ResponseTypes.optionalInstanceOf(TeamView.class)).join()
                .filter(team -> team.organisation().equals(actor.organisation()))
                .orElseThrow(() -> new NotFoundException("team", teamId));
    }

    /** A team of the team leader's own organisation and sector. */
    private TeamView ledTeam(String teamId, Actor actor) {
        TeamView team = ownTeam(teamId, actor);
        if (!team.sector().equals(actor.sector())) {
            throw new org.springframework.security.access.AccessDeniedException("another sector's team");
        }
        return team;
    }
}

package dk.tvaers.coordination.referral.web;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.contracts.ConsentCategories;
import dk.tvaers.coordination.involvement.api.Coordinator;
import dk.tvaers.coordination.involvement.api.FindCoordinatorQuery;
import dk.tvaers.coordination.referral.api.AcceptReferralCommand;
import dk.tvaers.coordination.referral.api.CompleteReferralCommand;
import dk.tvaers.coordination.referral.api.FindReferralQuery;
import dk.tvaers.coordination.referral.api.FindReferralsOfCitizenQuery;
import dk.tvaers.coordination.referral.api.FindReferralsOfSectorQuery;
import dk.tvaers.coordination.referral.api.Party;
import dk.tvaers.coordination.referral.api.ReferralView;
import dk.tvaers.coordination.referral.api.RejectReferralCommand;
import dk.tvaers.coordination.referral.api.RejectionReason;
import dk.tvaers.coordination.referral.api.SendReferralCommand;
import dk.tvaers.coordination.referral.api.StartReferralCommand;
import dk.tvaers.coordination.referral.api.WithdrawReferralCommand;
import dk.tvaers.coordination.plan.api.FindSubGoalsOfCitizenQuery;
import dk.tvaers.coordination.plan.api.SubGoal;
import dk.tvaers.coordination.web.Idempotency;
import dk.tvaers.coordination.web.KnownSector;
import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.domain.RuleViolationException;
import dk.tvaers.platform.privacy.AccessKind;
import dk.tvaers.platform.privacy.CitizenAccess;
import dk.tvaers.platform.privacy.CitizenData;
import dk.tvaers.platform.privacy.PersonalData;
import dk.tvaers.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Referrals between sectors, a closed loop: the referring sector sends, the receiving sector answers and
 * reports progress, and both sides and the citizen's coordinator see the status at every step. The
 * receiving sector sees a referral addressed to it before it works with the citizen; that is the referral's
 * purpose.
 */
@RestController
@RequestMapping("/api/coordination")
@PreAuthorize("hasAnyRole('caseworker', 'coordinator', 'team-leader')")
class ReferralController {

    private static final ZoneId DANISH_TIME = DanishTime.ZONE;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CitizenAccess access;
    private final Duration answerWithin;

    ReferralController(CommandGateway commands, QueryGateway queries, CitizenAccess access,
                       @Value("${tvaers.coordination.referrals.answer-within:10d}") Duration answerWithin) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.answerWithin = answerWithin;
    }

    record SendReferralRequest(
            @NotNull @KnownSector String toSector,
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}") String toOrganisation,
            @NotBlank @Size(max = 2000) String reason,
            @NotNull UUID subGoalId) {
    }

    record RejectReferralRequest(
            @NotNull @Pattern(regexp = "no-capacity|not-eligible|missing-information|other",
                    message = "must be one of no-capacity, not-eligible, missing-information, other") String reason,
            @Size(max = 2000) String note) {
    }

    record NoteRequest(@Size(max = 2000) String note) {
    }

    record WithdrawReferralRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record ReferralSent(UUID referralId, UUID citizenId) implements CitizenData {
    }

    record ReferralChanged(UUID referralId, UUID citizenId) implements CitizenData {
    }

    @PostMapping("/citizens/{citizenId}/referrals")
    @PersonalData(category = ConsentCategories.REFERRALS, kind = AccessKind.CHANGE)
    @Operation(summary = "Refer the citizen to another sector, for a sub-goal of the plan")
    ResponseEntity<ReferralSent> send(@PathVariable UUID citizenId, @Valid @RequestBody SendReferralRequest request,
                                      @RequestHeader(name = Idempotency.HEADER, required = false) String key,
                                      Actor actor) {
        access.requireChange(actor, citizenId, actor.sector());
        requireSubGoalOfThePlan(citizenId, request.subGoalId());
        UUID referralId = Idempotency.idFor("referral", actor.userId(), key);
        Idempotency.createOnce(commands, new SendReferralCommand(referralId, citizenId, party(actor),
                request.toSector(), request.toOrganisation(), request.reason(), request.subGoalId(), Instant.now(),
                answerWithin));
        return ResponseEntity.created(URI.create("/api/coordination/referrals/" + referralId))
                .body(new ReferralSent(referralId, citizenId));
    }

    /** The citizen's referrals that the caller may see: their own sector's, and others' under consent. */
    @GetMapping("/citizens/{citizenId}/referrals")
    @PersonalData(category = ConsentCategories.REFERRALS)
    @Operation(summary = "The citizen's referrals with their status")
    List<ReferralView> ofCitizen(@PathVariable UUID citizenId, Actor actor) {
        access.requireRead(actor, citizenId, null, ConsentCategories.REFERRALS);
        boolean coordinates = coordinates(actor, citizenId);
        return queries.query(new FindReferralsOfCitizenQuery(citizenId),
                        ResponseTypes.multipleInstancesOf(ReferralView.class)).join().stream()
                .filter(referral -> coordinates || mayRead(actor, referral))
                .toList();
    }

    /** The referrals the caller's sector received ({@code incoming}) or sent ({@code outgoing}). */
    @GetMapping("/referrals")
    @PersonalData(category = ConsentCategories.REFERRALS, kind = AccessKind.SEARCH, citizen = "")
    @Operation(summary = "The referrals the caller's sector received or sent; unanswered ones first")
    List<ReferralView> ofSector(@RequestParam(defaultValue = "incoming")
                                @Pattern(regexp = "incoming|outgoing") String direction, Actor actor) {
        if (actor.sector() == null || actor.organisation() == null) {
            return List.of();
        }
        return queries.query(new FindReferralsOfSectorQuery(actor.sector(), actor.organisation(),
                "incoming".equals(direction)), ResponseTypes.multipleInstancesOf(ReferralView.class)).join();
    }

    @GetMapping("/referrals/{referralId}")
    @PersonalData(category = ConsentCategories.REFERRALS, citizen = "")
    @Operation(summary = "One referral with its status")
    ReferralView one(@PathVariable UUID referralId, Actor actor) {
        return readable(referralId, actor);
    }

    @PostMapping("/referrals/{referralId}/accept")
    @PersonalData(category = ConsentCategories.REFERRALS, kind = AccessKind.CHANGE, citizen = "")
    @Operation(summary = "The receiving sector accepts; it then opens its own case in case-service")
    ReferralChanged accept(@PathVariable UUID referralId, Actor actor) {
        readable(referralId, actor);
        UUID citizenId = Idempotency.send(commands, new AcceptReferralCommand(referralId, party(actor), today()));
        return new ReferralChanged(referralId, citizenId);
    }

    @PostMapping("/referrals/{referralId}/reject")
    @PersonalData(category = ConsentCategories.REFERRALS, kind = AccessKind.CHANGE, citizen = "")
    @Operation(summary = "The receiving sector rejects, with a reason from the list")
    ReferralChanged reject(@PathVariable UUID referralId, @Valid @RequestBody RejectReferralRequest request,
                                Actor actor) {
        readable(referralId, actor);
        RejectionReason reason = RejectionReason.valueOf(request.reason().toUpperCase(Locale.ROOT).replace('-', '_'));
        UUID citizenId = Idempotency.send(commands, new RejectReferralCommand(referralId, reason, request.note(),
                party(actor), today()));
        return new ReferralChanged(referralId, citizenId);
    }

    @PostMapping("/referrals/{referralId}/start")
    @PersonalData(category = ConsentCategories.REFERRALS, kind = AccessKind.CHANGE, citizen = "")
    @Operation(summary = "The receiving sector has begun the work")
    ReferralChanged start(@PathVariable UUID referralId, Actor actor) {
        readable(referralId, actor);
        UUID citizenId = Idempotency.send(commands, new StartReferralCommand(referralId, party(actor), today()));
        return new ReferralChanged(referralId, citizenId);
    }

    @PostMapping("/referrals/{referralId}/complete")
    @PersonalData(category = ConsentCategories.REFERRALS, kind = AccessKind.CHANGE, citizen = "")
    @Operation(summary = "The receiving sector has finished the work")
    ReferralChanged complete(@PathVariable UUID referralId,
                             @Valid @RequestBody(required = false) NoteRequest request, Actor actor) {
        readable(referralId, actor);
        UUID citizenId = Idempotency.send(commands, new CompleteReferralCommand(referralId,
                request == null ? null : request.note(), party(actor), today()));
        return new ReferralChanged(referralId, citizenId);
    }

    @PostMapping("/referrals/{referralId}/withdraw")
    @PersonalData(category = ConsentCategories.REFERRALS, kind = AccessKind.CHANGE, citizen = "")
    @Operation(summary = "The referring sector withdraws its referral, with a reason")
    ReferralChanged withdraw(@PathVariable UUID referralId, @Valid @RequestBody WithdrawReferralRequest request,
                                  Actor actor) {
        readable(referralId, actor);
        UUID citizenId = Idempotency.send(commands, new WithdrawReferralCommand(referralId, request.reason(),
                party(actor), today()));
        return new ReferralChanged(referralId, citizenId);
    }

    /**
     * A referral the caller may see, else 404 as for an id no one gave out: who may not see a referral learns
     * nothing from answering it either (the domain's "only the receiving sector" would name both sides).
     */
    private ReferralView readable(UUID referralId, Actor actor) {
        return queries.query(new FindReferralQuery(referralId), ResponseTypes.optionalInstanceOf(ReferralView.class))
                .join()
                .filter(referral -> mayRead(actor, referral) || coordinates(actor, referral.citizenId()))
                .orElseThrow(() -> new NotFoundException("referral", referralId));
    }

    /**
     * The sub-goal a referral serves is one of the citizen's plan, as this service knows the plan from
     * plan-service's events (the same list a meeting's agenda is drawn from).
     */
    private void requireSubGoalOfThePlan(UUID citizenId, UUID subGoalId) {
        boolean known = queries.query(new FindSubGoalsOfCitizenQuery(citizenId),
                        ResponseTypes.multipleInstancesOf(SubGoal.class)).join().stream()
                .anyMatch(subGoal -> subGoal.subGoalId().equals(subGoalId));
        if (!known) {
            throw new RuleViolationException("subGoalId", "referral.unknown-sub-goal",
                    "Sub-goal " + subGoalId + " is not in the citizen's plan.");
        }
    }

    private static Party party(Actor actor) {
        if (actor.sector() == null || actor.organisation() == null) {
            throw new RuleViolationException(null, "referral.actor-without-sector",
                    "Only someone working in a sector can act on a referral.");
        }
        return new Party(actor.userId(), actor.sector(), actor.organisation());
    }

    /** Both sides see the referral; other sectors working with the citizen under consent. */
    private boolean mayRead(Actor actor, ReferralView referral) {
        boolean sender = Objects.equals(actor.sector(), referral.fromSector())
                && Objects.equals(actor.organisation(), referral.fromOrganisation());
        boolean receiver = Objects.equals(actor.sector(), referral.toSector())
                && Objects.equals(actor.organisation(), referral.toOrganisation());
        return sender || receiver
                || access.canRead(actor, referral.citizenId(), referral.fromSector(), ConsentCategories.REFERRALS);
    }

    private boolean coordinates(Actor actor, UUID citizenId) {
        return queries.query(new FindCoordinatorQuery(citizenId), ResponseTypes.optionalInstanceOf(Coordinator.class))
                .join().map(coordinator -> coordinator.caseworkerId().equals(actor.userId())).orElse(false);
    }

    private static LocalDate today() {
        return LocalDate.now(DANISH_TIME);
    }
}

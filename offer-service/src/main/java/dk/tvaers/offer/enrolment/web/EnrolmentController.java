package dk.tvaers.offer.enrolment.web;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.contracts.ConsentCategories;
import dk.tvaers.offer.enrolment.api.EndEnrolmentCommand;
import dk.tvaers.offer.enrolment.api.EnrolCitizenCommand;
import dk.tvaers.offer.enrolment.api.EnrolmentOutcome;
import dk.tvaers.offer.enrolment.api.EnrolmentResult;
import dk.tvaers.offer.enrolment.api.EnrolmentStatus;
import dk.tvaers.offer.enrolment.api.EnrolmentView;
import dk.tvaers.offer.enrolment.api.FindEnrolmentQuery;
import dk.tvaers.offer.enrolment.api.FindEnrolmentsOfCitizenQuery;
import dk.tvaers.offer.enrolment.api.FindEnrolmentsOnOfferQuery;
import dk.tvaers.offer.enrolment.api.RecordPunchCardVisitCommand;
import dk.tvaers.offer.enrolment.api.StartEnrolmentCommand;
import dk.tvaers.offer.support.OfferCommands;
import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.domain.RuleViolationException;
import dk.tvaers.platform.privacy.AccessKind;
import dk.tvaers.platform.privacy.CitizenAccess;
import dk.tvaers.platform.privacy.CitizenData;
import dk.tvaers.platform.privacy.PersonalData;
import dk.tvaers.platform.security.Actor;
import dk.tvaers.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Citizens on offers. A caseworker enrols a citizen their sector works with; the referring sector and the
 * provider record the start, punch-card visits and the end. Every call concerns one citizen and is
 * audit-logged; a citizen the caller may not see is a 404.
 */
@RestController
@Tag(name = "Tilmelding", description = "Borgere på tilbud: pladser, venteliste og klippekort")
class EnrolmentController {

    private static final String ENROLMENTS = ConsentCategories.ENROLMENTS;

    private final OfferCommands commands;
    private final QueryGateway queries;
    private final CitizenAccess access;

    EnrolmentController(OfferCommands commands, QueryGateway queries, CitizenAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
    }

    record EnrolRequest(@NotNull UUID offerId, @NotNull UUID citizenId, @PastOrPresent LocalDate enrolledOn) {
    }

    record StartRequest(@PastOrPresent LocalDate startedOn) {
    }

    record VisitRequest(@PastOrPresent LocalDate visitedOn) {
    }

    record CompleteRequest(@PastOrPresent LocalDate completedOn) {
    }

    /** End without completing: {@code discontinued} (afbrudt) or, from the waiting list, {@code withdrawn}. */
    record EndRequest(@PastOrPresent LocalDate endedOn,
                      @NotNull @Pattern(regexp = "discontinued|withdrawn") String outcome) {
    }

    /** Where the citizen stands after the request: a seat, or a place in line. */
    record EnrolmentResponse(UUID enrolmentId, UUID offerId, UUID citizenId, EnrolmentStatus status,
                             Integer waitlistPosition) implements CitizenData {
    }

    @PostMapping("/api/enrolments")
    @PreAuthorize("hasAnyRole('caseworker', 'coordinator', 'team-leader')")
    @PersonalData(category = ENROLMENTS, kind = AccessKind.CHANGE, citizen = "")
    @Operation(summary = "Enrol a citizen: a seat if one is free, else a place on the waiting list")
    ResponseEntity<EnrolmentResponse> enrol(@Valid @RequestBody EnrolRequest request,
                                            @RequestHeader(name = "Idempotency-Key", required = false)
                                            @Size(max = 200) String idempotencyKey,
                                            Actor actor) {
        if (actor.sector() == null || actor.organisation() == null) {
            throw new RuleViolationException(null, "enrolment.actor-without-sector",
                    "Only someone working in a sector can enrol a citizen.");
        }
        access.requireChange(actor, request.citizenId(), actor.sector());
        UUID enrolmentId = OfferCommands.idFor("enrolment", actor.userId(), idempotencyKey);
        EnrolmentResult result = commands.send(new EnrolCitizenCommand(request.offerId(), enrolmentId,
                request.citizenId(), actor.organisation(), actor.sector(),
                request.enrolledOn() == null ? DanishTime.today() : request.enrolledOn(), actor.userId()));
        return ResponseEntity.created(URI.create("/api/enrolments/" + enrolmentId))
                .body(response(request.offerId(), result));
    }

    @GetMapping("/api/enrolments/{enrolmentId}")
    @PersonalData(category = ENROLMENTS, citizen = "")
    @Operation(summary = "One enrolment the caller may see")
    EnrolmentView get(@PathVariable UUID enrolmentId, Actor actor) {
        return readable(actor, enrolmentId);
    }

    /** The citizen's enrolments the caller may see: their own sector's, others' under the citizen's consent. */
    @GetMapping("/api/enrolments")
    @PersonalData(category = ENROLMENTS, citizen = "citizenId")
    @Operation(summary = "The citizen's enrolments the caller may see")
    List<EnrolmentView> ofCitizen(@RequestParam UUID citizenId, Actor actor) {
        access.requireRead(actor, citizenId, null, ENROLMENTS);
        return queries.query(new FindEnrolmentsOfCitizenQuery(citizenId),
                        ResponseTypes.multipleInstancesOf(EnrolmentView.class)).join().stream()
                .filter(e -> mayRead(actor, e))
                .toList();
    }

    /** The citizens on an offer (seated, then the waiting list in order) whom the caller may see. */
    @GetMapping("/api/offers/{offerId}/enrolments")
    @PersonalData(category = ENROLMENTS, kind = AccessKind.SEARCH, citizen = "")
    @Operation(summary = "The caller's own citizens on an offer: seated, then the waiting list in order")
    List<EnrolmentView> onOffer(@PathVariable UUID offerId,
                                @RequestParam(defaultValue = "false") boolean includeEnded, Actor actor) {
        Set<UUID> mine = access.citizensOf(actor);
        if (mine.isEmpty()) {
            return List.of();
        }
        return queries.query(new FindEnrolmentsOnOfferQuery(offerId, includeEnded),
                        ResponseTypes.multipleInstancesOf(EnrolmentView.class)).join().stream()
                .filter(e -> mine.contains(e.citizenId()) && mayRead(actor, e))
                .toList();
    }

    @PostMapping("/api/enrolments/{enrolmentId}/start")
    @PreAuthorize("hasAnyRole('caseworker', 'coordinator', 'team-leader', 'partner')")
    @PersonalData(category = ENROLMENTS, kind = AccessKind.CHANGE, citizen = "")
    @Operation(summary = "The citizen started on the offer")
    EnrolmentResponse start(@PathVariable UUID enrolmentId, @Valid @RequestBody StartRequest request, Actor actor) {
        EnrolmentView enrolment = changeable(actor, enrolmentId);
        return response(enrolment.offerId(), commands.send(new StartEnrolmentCommand(enrolment.offerId(),
                enrolmentId, orToday(request.startedOn()), actor.userId())));
    }

    /** One visit (klip) of a punch card used; the card never goes below zero. */
    @PostMapping("/api/enrolments/{enrolmentId}/visits")
    @PreAuthorize("hasAnyRole('caseworker', 'coordinator', 'team-leader', 'partner')")
    @PersonalData(category = ENROLMENTS, kind = AccessKind.CHANGE, citizen = "")
    @Operation(summary = "One punch-card visit used; never below zero, the last completes the card")
    EnrolmentResponse visit(@PathVariable UUID enrolmentId, @Valid @RequestBody VisitRequest request, Actor actor) {
        EnrolmentView enrolment = changeable(actor, enrolmentId);
        return response(enrolment.offerId(), commands.send(new RecordPunchCardVisitCommand(enrolment.offerId(),
                enrolmentId, orToday(request.visitedOn()), actor.userId())));
    }

    @PostMapping("/api/enrolments/{enrolmentId}/complete")
    @PreAuthorize("hasAnyRole('caseworker', 'coordinator', 'team-leader', 'partner')")
    @PersonalData(category = ENROLMENTS, kind = AccessKind.CHANGE, citizen = "")
    @Operation(summary = "The citizen completed the offer")
    EnrolmentResponse complete(@PathVariable UUID enrolmentId, @Valid @RequestBody CompleteRequest request,
                               Actor actor) {
        EnrolmentView enrolment = changeable(actor, enrolmentId);
        return response(enrolment.offerId(), commands.send(new EndEnrolmentCommand(enrolment.offerId(), enrolmentId,
                orToday(request.completedOn()), EnrolmentOutcome.COMPLETED, actor.userId())));
    }

    @PostMapping("/api/enrolments/{enrolmentId}/end")
    @PreAuthorize("hasAnyRole('caseworker', 'coordinator', 'team-leader', 'partner')")
    @PersonalData(category = ENROLMENTS, kind = AccessKind.CHANGE, citizen = "")
    @Operation(summary = "End without completing: discontinued, or withdrawn from the waiting list")
    EnrolmentResponse end(@PathVariable UUID enrolmentId, @Valid @RequestBody EndRequest request, Actor actor) {
        EnrolmentView enrolment = changeable(actor, enrolmentId);
        return response(enrolment.offerId(), commands.send(new EndEnrolmentCommand(enrolment.offerId(), enrolmentId,
                orToday(request.endedOn()), EnrolmentOutcome.valueOf(request.outcome().toUpperCase(Locale.ROOT)),
                actor.userId())));
    }

    private EnrolmentView find(UUID enrolmentId) {
        return queries.query(new FindEnrolmentQuery(enrolmentId), ResponseTypes.optionalInstanceOf(EnrolmentView.class))
                .join().orElseThrow(() -> new NotFoundException("enrolment", enrolmentId));
    }

    private EnrolmentView readable(Actor actor, UUID enrolmentId) {
        EnrolmentView enrolment = find(enrolmentId);
        if (!mayRead(actor, enrolment)) {
            throw new NotFoundException("enrolment", enrolmentId);
        }
        return enrolment;
    }

    /**
     * A partner may see the enrolments on the offers it provides; anyone else what the access rules allow for
     * the referring sector's information (an open offer's enrolments are shared by every sector involved).
     */
    private boolean mayRead(Actor actor, EnrolmentView enrolment) {
        if (actor.has(Roles.PARTNER) && !Objects.equals(actor.organisation(), enrolment.providerOrganisation())) {
            return false;
        }
        return access.canRead(actor, enrolment.citizenId(), enrolment.referringSector(), ENROLMENTS);
    }

    /** The provider records attendance; among the sectors, the referring one (or, for an open offer, any involved). */
    private EnrolmentView changeable(Actor actor, UUID enrolmentId) {
        EnrolmentView enrolment = readable(actor, enrolmentId);
        if (!actor.has(Roles.PARTNER)) {
            access.requireChange(actor, enrolment.citizenId(),
                    enrolment.referringSector() == null ? actor.sector() : enrolment.referringSector());
        }
        return enrolment;
    }

    private static LocalDate orToday(LocalDate date) {
        return date == null ? DanishTime.today() : date;
    }

    private static EnrolmentResponse response(UUID offerId, EnrolmentResult result) {
        return new EnrolmentResponse(result.enrolmentId(), offerId, result.citizenId(), result.status(),
                result.waitlistPosition());
    }
}

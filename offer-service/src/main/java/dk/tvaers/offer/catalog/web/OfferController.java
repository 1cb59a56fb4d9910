package dk.tvaers.offer.catalog.web;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.offer.catalog.api.Access;
import dk.tvaers.offer.catalog.api.CatalogPage;
import dk.tvaers.offer.catalog.api.ChangeOfferCommand;
import dk.tvaers.offer.catalog.api.FindOfferQuery;
import dk.tvaers.offer.catalog.api.FindOfferVersionsQuery;
import dk.tvaers.offer.catalog.api.OfferKind;
import dk.tvaers.offer.catalog.api.OfferVersionView;
import dk.tvaers.offer.catalog.api.OfferView;
import dk.tvaers.offer.catalog.api.PublishOfferCommand;
import dk.tvaers.offer.catalog.api.RetireOfferCommand;
import dk.tvaers.offer.catalog.api.SearchOffersQuery;
import dk.tvaers.offer.catalog.api.SetOfferPricesCommand;
import dk.tvaers.offer.catalog.web.OfferRequests.OfferRequest;
import dk.tvaers.offer.catalog.web.OfferRequests.PricesRequest;
import dk.tvaers.offer.catalog.web.OfferRequests.RetireRequest;
import dk.tvaers.offer.support.OfferCommands;
import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.domain.RuleViolationException;
import dk.tvaers.platform.privacy.NoPersonalData;
import dk.tvaers.platform.security.Actor;
import dk.tvaers.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * The offer catalog (tilbudsviften): open to everyone signed in, since it holds no personal data. Team
 * leaders publish and change their organisation's offers; a partner institution the offers it provides.
 */
@RestController
@Tag(name = "Tilbud", description = "Tilbudsviften: tilbud, versioner og priser")
@RequestMapping("/api/offers")
class OfferController {

    private static final String CATALOG = "the offer catalog";

    private final OfferCommands commands;
    private final QueryGateway queries;

    OfferController(OfferCommands commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    record OfferPage(List<OfferView> offers, long total, int page, int size) {
    }

    record OfferVersion(UUID offerId, int version) {
    }

    /** Search and filter the catalog; best matches first (see {@link SearchOffersQuery}). */
    @GetMapping
    @NoPersonalData(CATALOG)
    @Operation(summary = "Search and filter the catalog, best matches first")
    OfferPage search(@RequestParam(required = false) @Size(max = 10) List<@Pattern(regexp = OfferRequests.CODE) String> need,
                     @RequestParam(required = false) @Pattern(regexp = OfferRequests.CODE) String sector,
                     @RequestParam(required = false) @Min(0) @Max(4) Integer functionLevel,
                     @RequestParam(required = false) @DecimalMin("0") @DecimalMax("168") BigDecimal minHours,
                     @RequestParam(required = false) @DecimalMin("0") @DecimalMax("168") BigDecimal maxHours,
                     @RequestParam(required = false) @Pattern(regexp = OfferRequests.ORGANISATION) String provider,
                     @RequestParam(required = false) @Pattern(regexp = "open|referral") String access,
                     @RequestParam(defaultValue = "false") boolean freeSeats,
                     @RequestParam(required = false) OfferKind kind,
                     @RequestParam(required = false) @Size(min = 2, max = 100) String q,
                     @RequestParam(defaultValue = "false") boolean doubleBilled,
                     @RequestParam(defaultValue = "false") boolean includeRetired,
                     @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
                     @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        if (minHours != null && maxHours != null && minHours.compareTo(maxHours) > 0) {
            throw new RuleViolationException("maxHours", "search.hours-range",
                    "maxHours cannot be less than minHours.");
        }
        SearchOffersQuery query = new SearchOffersQuery(need, sector, functionLevel, minHours, maxHours, provider,
                access == null ? null : Access.valueOf(access.toUpperCase(Locale.ROOT)), freeSeats, kind,
                q == null ? null : q.strip(), doubleBilled, includeRetired, page, size);
        CatalogPage result = queries.query(query, CatalogPage.class).join();
        return new OfferPage(result.offers(), result.total(), page, size);
    }

    @GetMapping("/{offerId}")
    @NoPersonalData(CATALOG)
    @Operation(summary = "One offer as it is now, with its seats and waiting list")
    OfferView get(@PathVariable UUID offerId) {
        return find(offerId);
    }

    /** Every version of the offer, oldest first: the history is kept. */
    @GetMapping("/{offerId}/versions")
    @NoPersonalData(CATALOG)
    @Operation(summary = "Every version of the offer, oldest first")
    List<OfferVersionView> versions(@PathVariable UUID offerId) {
        List<OfferVersionView> versions = queries.query(new FindOfferVersionsQuery(offerId),
                ResponseTypes.multipleInstancesOf(OfferVersionView.class)).join();
        if (versions.isEmpty()) {
            throw new NotFoundException("offer", offerId);
        }
        return versions;
    }

    /** Publish an offer in the caller's organisation's catalog. A retry with the same Idempotency-Key is safe. */
    @PostMapping
    @PreAuthorize("hasAnyRole('team-leader', 'partner')")
    @NoPersonalData(CATALOG)
    @Operation(summary = "Publish an offer in the caller's organisation's catalog (version 1)")
    ResponseEntity<OfferVersion> publish(@Valid @RequestBody OfferRequest request,
                                         @RequestHeader(name = "Idempotency-Key", required = false)
                                         @Size(max = 200) String idempotencyKey,
                                         Actor actor) {
        if (actor.organisation() == null) {
            throw new RuleViolationException(null, "offer.actor-without-organisation",
                    "Only someone in an organisation can publish an offer.");
        }
        if (actor.has(Roles.PARTNER) && !actor.has(Roles.TEAM_LEADER)
                && !actor.organisation().equals(request.provider().organisation())) {
            throw new AccessDeniedException("a partner publishes only offers it provides");
        }
        UUID offerId = OfferCommands.idFor("offer", actor.organisation(), idempotencyKey);
        commands.send(new PublishOfferCommand(offerId, actor.organisation(), request.toDetails(),
                request.prices() == null ? null : request.prices().toPriceList(), actor.userId()));
        return ResponseEntity.created(URI.create("/api/offers/" + offerId)).body(new OfferVersion(offerId, 1));
    }

    /** Change the offer's details: a new version. Send the version you read as expectedVersion (required). */
    @PutMapping("/{offerId}")
    @PreAuthorize("hasAnyRole('team-leader', 'partner')")
    @NoPersonalData(CATALOG)
    @Operation(summary = "Change the offer's details at the version read (409 with the current version if stale)")
    OfferVersion change(@PathVariable UUID offerId,
                        @Validated({Default.class, OfferRequests.Changing.class}) @RequestBody OfferRequest request,
                        Actor actor) {
        OfferView offer = find(offerId);
        requireMayEdit(actor, offer);
        if (isOnlyPartner(actor) && !actor.organisation().equals(request.provider().organisation())) {
            throw new AccessDeniedException("a partner cannot hand its offer to another provider");
        }
        if (request.prices() != null) {
            throw new RuleViolationException("prices", "offer.prices-have-their-own-resource",
                    "Change prices with PUT /api/offers/{offerId}/prices.");
        }
        int version = commands.send(new ChangeOfferCommand(offerId, request.expectedVersion(), request.toDetails(),
                DanishTime.today(), actor.userId()));
        return new OfferVersion(offerId, version);
    }

    /** Set the offer's price list: a new version; items billed twice are flagged in the offer. */
    @PutMapping("/{offerId}/prices")
    @PreAuthorize("hasAnyRole('team-leader', 'partner')")
    @NoPersonalData(CATALOG)
    @Operation(summary = "Set the offer's price list at the version read; items billed twice are flagged")
    OfferVersion setPrices(@PathVariable UUID offerId,
                           @Validated({Default.class, OfferRequests.Changing.class}) @RequestBody
                           PricesRequest request,
                           Actor actor) {
        requireMayEdit(actor, find(offerId));
        int version = commands.send(new SetOfferPricesCommand(offerId, request.expectedVersion(),
                request.toPriceList(), actor.userId()));
        return new OfferVersion(offerId, version);
    }

    @PostMapping("/{offerId}/retire")
    @PreAuthorize("hasAnyRole('team-leader', 'partner')")
    @NoPersonalData(CATALOG)
    @Operation(summary = "Retire the offer: no one new, the waiting list closes, the seated finish")
    ResponseEntity<Void> retire(@PathVariable UUID offerId, @Valid @RequestBody RetireRequest request, Actor actor) {
        requireMayEdit(actor, find(offerId));
        commands.send(new RetireOfferCommand(offerId,
                request.retiredOn() == null ? DanishTime.today() : request.retiredOn(), request.reason().strip(),
                actor.userId()));
        return ResponseEntity.noContent().build();
    }

    private OfferView find(UUID offerId) {
        return queries.query(new FindOfferQuery(offerId), ResponseTypes.optionalInstanceOf(OfferView.class)).join()
                .orElseThrow(() -> new NotFoundException("offer", offerId));
    }

    /** A team leader edits their own organisation's offers; a partner the offers it provides. */
    private static void requireMayEdit(Actor actor, OfferView offer) {
        boolean teamLeaderOfOwner = actor.has(Roles.TEAM_LEADER)
                && Objects.equals(actor.organisation(), offer.organisation());
        boolean provider = actor.has(Roles.PARTNER)
                && Objects.equals(actor.organisation(), offer.details().provider().organisation());
        if (!teamLeaderOfOwner && !provider) {
            throw new AccessDeniedException("not this organisation's offer");
        }
    }

    private static boolean isOnlyPartner(Actor actor) {
        return actor.has(Roles.PARTNER) && !actor.has(Roles.TEAM_LEADER);
    }
}

package dk.tvaers.coordination.consent.web;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.coordination.consent.api.ConsentView;
import dk.tvaers.coordination.consent.api.FindConsentsQuery;
import dk.tvaers.coordination.consent.api.GiveConsentCommand;
import dk.tvaers.coordination.consent.api.LimitConsentCommand;
import dk.tvaers.coordination.consent.api.WithdrawConsentCommand;
import dk.tvaers.coordination.web.Idempotency;
import dk.tvaers.platform.privacy.AccessKind;
import dk.tvaers.platform.privacy.CitizenAccess;
import dk.tvaers.platform.privacy.CitizenData;
import dk.tvaers.platform.privacy.PersonalData;
import dk.tvaers.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The citizen's consent (samtykke) to share information between sectors: given, limited, withdrawn. Any
 * caseworker or coordinator working with the citizen records it in their own sector's name; every sector
 * involved sees the consents.
 */
@RestController
@RequestMapping("/api/coordination/citizens/{citizenId}/consents")
@PreAuthorize("hasAnyRole('caseworker', 'coordinator', 'team-leader')")
class ConsentController {

    static final String CATEGORY = "consent";
    private static final String SECTOR = "[a-z][a-z-]{1,39}";
    private static final String CATEGORY_CODE = "\\*|[a-z][a-z-]{1,39}";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CitizenAccess access;

    ConsentController(CommandGateway commands, QueryGateway queries, CitizenAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
    }

    record GiveConsentRequest(
            @NotEmpty @Size(max = 20) List<@NotNull @Pattern(regexp = SECTOR) String> sectors,
            @NotEmpty @Size(max = 20) List<@NotNull @Pattern(regexp = CATEGORY_CODE) String> categories,
            LocalDate validFrom,
            LocalDate validUntil) {
    }

    record LimitConsentRequest(
            @NotEmpty @Size(max = 20) List<@NotNull @Pattern(regexp = SECTOR) String> sectors,
            @NotEmpty @Size(max = 20) List<@NotNull @Pattern(regexp = CATEGORY_CODE) String> categories,
            LocalDate validUntil) {
    }

    record ConsentRecorded(UUID consentId, UUID citizenId) implements CitizenData {
    }

    @GetMapping
    @PersonalData(category = CATEGORY)
    @Operation(summary = "The citizen's consents, current state")
    List<ConsentView> consents(@PathVariable UUID citizenId, Actor actor) {
        access.requireRead(actor, citizenId, null, null);
        return queries.query(new FindConsentsQuery(citizenId), ResponseTypes.multipleInstancesOf(ConsentView.class))
                .join();
    }

    @PostMapping
    @PersonalData(category = CATEGORY, kind = AccessKind.CHANGE)
    @Operation(summary = "Record the citizen's consent to share between sectors")
    ResponseEntity<ConsentRecorded> give(@PathVariable UUID citizenId, @Valid @RequestBody GiveConsentRequest request,
                                         @RequestHeader(name = Idempotency.HEADER, required = false) String key,
                                         Actor actor) {
        access.requireChange(actor, citizenId, actor.sector());
        UUID consentId = Idempotency.idFor("consent", actor.userId(), key);
        LocalDate from = request.validFrom() == null ? DanishTime.today()
                : request.validFrom();
        Idempotency.createOnce(commands, new GiveConsentCommand(consentId, citizenId, actor.organisation(),
                request.sectors(), request.categories(), from, request.validUntil(), actor.userId(), actor.sector()));
        return ResponseEntity.created(URI.create("/api/coordination/citizens/" + citizenId + "/consents/" + consentId))
                .body(new ConsentRecorded(consentId, citizenId));
    }

    @PostMapping("/{consentId}/limit")
    @PersonalData(category = CATEGORY, kind = AccessKind.CHANGE)
    @Operation(summary = "Narrow a consent: fewer sectors or categories, or an earlier end")
    ConsentRecorded limit(@PathVariable UUID citizenId, @PathVariable UUID consentId,
                          @Valid @RequestBody LimitConsentRequest request, Actor actor) {
        access.requireChange(actor, citizenId, actor.sector());
        Idempotency.send(commands,
                new LimitConsentCommand(consentId, citizenId, request.sectors(), request.categories(),
                request.validUntil(), actor.userId(), actor.sector()));
        return new ConsentRecorded(consentId, citizenId);
    }

    /** Takes effect at once: every service stops sharing under this consent when the event reaches it. */
    @PostMapping("/{consentId}/withdraw")
    @PersonalData(category = CATEGORY, kind = AccessKind.CHANGE)
    @Operation(summary = "Withdraw a consent")
    ConsentRecorded withdraw(@PathVariable UUID citizenId, @PathVariable UUID consentId, Actor actor) {
        access.requireChange(actor, citizenId, actor.sector());
        Idempotency.send(commands, new WithdrawConsentCommand(consentId, citizenId, Instant.now(), actor.userId(),
                actor.sector()));
        return new ConsentRecorded(consentId, citizenId);
    }
}

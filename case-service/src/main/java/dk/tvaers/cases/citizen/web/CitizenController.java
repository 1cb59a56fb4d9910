package dk.tvaers.cases.citizen.web;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.cases.citizen.api.CitizenView;
import dk.tvaers.cases.citizen.api.CprNumber;
import dk.tvaers.cases.citizen.api.EraseCitizenCommand;
import dk.tvaers.cases.citizen.api.FindCitizenByCprQuery;
import dk.tvaers.cases.citizen.api.FindCitizenQuery;
import dk.tvaers.cases.citizen.api.RegisterCitizenCommand;
import dk.tvaers.cases.sectorcase.api.CaseSummary;
import dk.tvaers.cases.sectorcase.api.FindCasesOfCitizenQuery;
import dk.tvaers.cases.web.IdempotentCreation;
import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.domain.RuleViolationException;
import dk.tvaers.platform.observability.CorrelationId;
import dk.tvaers.platform.privacy.AccessKind;
import dk.tvaers.platform.privacy.AuditEntry;
import dk.tvaers.platform.privacy.AuditLog;
import dk.tvaers.platform.privacy.CitizenAccess;
import dk.tvaers.platform.privacy.CitizenData;
import dk.tvaers.platform.privacy.PersonalData;
import dk.tvaers.platform.privacy.PersonalDataAuditAspect;
import dk.tvaers.platform.security.Actor;
import dk.tvaers.platform.security.Roles;
import dk.tvaers.platform.web.ProblemDetailsAdvice;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one place on the platform where a citizen's CPR number and name can be given or read. Everything
 * else knows the citizen by the pseudonymous id this API hands out.
 */
@RestController
@RequestMapping("/api/citizens")
class CitizenController {

    static final String CATEGORY = "citizen";
    static final String CPR_PATTERN = "\\d{6}-?\\d{4}";
    private static final java.util.regex.Pattern SAFE_PURPOSE =
            java.util.regex.Pattern.compile("[\\p{L}\\p{N} .,:;()/§'-]{1,200}");

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CitizenAccess access;
    private final AuditLog auditLog;
    private final IdempotentCreation idempotency;
    private final String service;

    CitizenController(CommandGateway commands, QueryGateway queries, CitizenAccess access, AuditLog auditLog,
                      IdempotentCreation idempotency, @Value("${spring.application.name}") String service) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.auditLog = auditLog;
        this.idempotency = idempotency;
        this.service = service;
    }

    record RegisterCitizenRequest(
            @NotBlank @Pattern(regexp = CPR_PATTERN, message = "must be DDMMYY-SSSS or DDMMYYSSSS") String cpr,
            @NotBlank @Size(max = 200) String name) {

        @Override
        public String toString() {
            return "RegisterCitizenRequest[masked]";
        }
    }

    record CitizenRegisteredResponse(UUID citizenId) implements CitizenData {
    }

    record LookupRequest(
            @NotBlank @Pattern(regexp = CPR_PATTERN, message = "must be DDMMYY-SSSS or DDMMYYSSSS") String cpr) {

        @Override
        public String toString() {
            return "LookupRequest[masked]";
        }
    }

    record ResolveRequest(
            @NotBlank @Pattern(regexp = CPR_PATTERN, message = "must be DDMMYY-SSSS or DDMMYYSSSS") String cpr) {

        @Override
        public String toString() {
            return "ResolveRequest[masked]";
        }
    }

    /** The citizen's pseudonymous id and nothing else: no CPR number, no name. */
    record ResolvedCitizen(UUID citizenId) implements CitizenData {
    }

    record EraseCitizenRequest(@NotBlank @Size(max = 2000) String legalBasis) {
    }

    record CitizenErasureAccepted(UUID citizenId, LocalDate erasedOn) implements CitizenData {
    }

    /** Registers a citizen in the caller's organisation; 409 if the CPR number is registered already. */
    @PostMapping
    @PreAuthorize("hasAnyRole('caseworker', 'coordinator', 'team-leader', 'sector-system')")
    @PersonalData(category = CATEGORY, kind = AccessKind.CHANGE, citizen = "")
    ResponseEntity<CitizenRegisteredResponse> register(@Valid @RequestBody RegisterCitizenRequest request,
                                                       @RequestHeader(name = IdempotentCreation.HEADER, required = false)
                                                       @Size(max = 200) String idempotencyKey,
                                                       Actor actor) {
        if (actor.organisation() == null) {
            throw new RuleViolationException(null, "citizen.actor-without-organisation",
                    "Only someone acting for an organisation can register a citizen.");
        }
        UUID citizenId = idempotency.idFor("citizen", actor, idempotencyKey);
        if (!idempotency.exists(citizenId)) {
            commands.sendAndWait(new RegisterCitizenCommand(citizenId, request.cpr(), request.name(),
                    actor.organisation(), actor.userId(), DanishTime.today()));
        }
        return ResponseEntity.created(URI.create("/api/citizens/" + citizenId))
                .body(new CitizenRegisteredResponse(citizenId));
    }

    /**
     * Finds a citizen by CPR number: a POST, so the CPR number is never part of a URL or an access log.
     * The caller must say why ({@value PersonalDataAuditAspect#PURPOSE_HEADER}); the audit log keeps the
     * purpose, whether or not anyone was found.
     */
    @PostMapping("/lookup")
    @PreAuthorize("hasAnyRole('caseworker', 'coordinator', 'team-leader')")
    @PersonalData(category = "cpr", kind = AccessKind.SEARCH, citizen = "")
    CitizenView lookup(@Valid @RequestBody LookupRequest request,
                       @RequestHeader(name = PersonalDataAuditAspect.PURPOSE_HEADER, required = false) String purpose,
                       Actor actor) {
        String why = requirePurpose(purpose);
        CprNumber cpr = CprNumber.parse(request.cpr(), "cpr");
        return findByCpr(cpr).filter(citizen -> mayIdentify(actor, citizen))
                .orElseThrow(() -> auditedMiss(actor, cpr, why, "POST /api/citizens/lookup"));
    }

    /**
     * Resolves a CPR number to the citizen's pseudonymous id and answers nothing else: how a sector system,
     * which knows its citizens by CPR number, learns the id its events on Kafka must carry instead
     * (docs/sector-systems.md). Audited as a lookup is: the caller, the stated purpose
     * ({@value PersonalDataAuditAspect#PURPOSE_HEADER}, required) and the citizen found, or the masked CPR
     * number of a miss. A sector system resolves the citizens of its own organisation and those its sector
     * has an open case for; anyone else gets 404, as for a CPR number nobody registered.
     */
    @PostMapping("/resolve")
    @PreAuthorize("hasAnyRole('sector-system', 'caseworker', 'coordinator', 'team-leader')")
    @PersonalData(category = "cpr", kind = AccessKind.SEARCH, citizen = "")
    ResolvedCitizen resolve(@Valid @RequestBody ResolveRequest request,
                            @RequestHeader(name = PersonalDataAuditAspect.PURPOSE_HEADER, required = false)
                            String purpose,
                            Actor actor) {
        String why = requirePurpose(purpose);
        CprNumber cpr = CprNumber.parse(request.cpr(), "cpr");
        return findByCpr(cpr).filter(citizen -> mayResolve(actor, citizen))
                .map(citizen -> new ResolvedCitizen(citizen.citizenId()))
                .orElseThrow(() -> auditedMiss(actor, cpr, why, "POST /api/citizens/resolve"));
    }

    /**
     * Who the citizen is, for a caseworker who works with the citizen. Anyone else gets 404 whatever purpose they
     * state: an id is no reason to learn a CPR number and a name (a caseworker who has the citizen in front of
     * them finds them by CPR number, {@code POST /api/citizens/lookup}).
     */
    @GetMapping("/{citizenId}")
    @PreAuthorize("hasAnyRole('caseworker', 'coordinator', 'team-leader')")
    @PersonalData(category = CATEGORY)
    CitizenView get(@PathVariable UUID citizenId, Actor actor) {
        return queries.query(new FindCitizenQuery(citizenId), ResponseTypes.optionalInstanceOf(CitizenView.class))
                .join()
                .filter(citizen -> access.worksWith(actor, citizen.citizenId()))
                .orElseThrow(() -> new NotFoundException("citizen", citizenId));
    }

    /**
     * Erases the citizen (the data protection officer of the registering organisation): case.CitizenErased
     * makes every service delete its key for the citizen and forget the citizen in its read models.
     */
    @PostMapping("/{citizenId}/erasure")
    @PreAuthorize("hasRole('" + Roles.DPO + "')")
    @PersonalData(category = CATEGORY, kind = AccessKind.CHANGE)
    ResponseEntity<CitizenErasureAccepted> erase(@PathVariable UUID citizenId,
                                                 @Valid @RequestBody EraseCitizenRequest request, Actor actor) {
        CitizenView citizen = queries.query(new FindCitizenQuery(citizenId),
                        ResponseTypes.optionalInstanceOf(CitizenView.class)).join()
                .filter(found -> found.organisation().equals(actor.organisation()))
                .orElseThrow(() -> new NotFoundException("citizen", citizenId));
        LocalDate today = DanishTime.today();
        commands.sendAndWait(new EraseCitizenCommand(citizen.citizenId(), request.legalBasis(), actor.userId(),
                today));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new CitizenErasureAccepted(citizenId, today));
    }

    private Optional<CitizenView> findByCpr(CprNumber cpr) {
        return queries.query(new FindCitizenByCprQuery(cpr.formatted()),
                ResponseTypes.optionalInstanceOf(CitizenView.class)).join();
    }

    /** A search that found no one the caller may know is audited too, with the CPR number masked. */
    private NotFoundException auditedMiss(Actor actor, CprNumber cpr, String purpose, String resource) {
        auditLog.append(List.of(new AuditEntry(Instant.now(), service, actor.userId(), actor.rolesText(),
                actor.organisation(), actor.sector(), null, AccessKind.SEARCH, "cpr", resource, purpose,
                "cpr=" + cpr + " (no match)", CorrelationId.current().orElse(null))));
        return new NotFoundException("citizen", "with that CPR number");
    }

    /**
     * Who may resolve a citizen's CPR number to their id: whoever may identify them, and a sector system of
     * the registering organisation or whose sector (in its own organisation) has an open case for them.
     */
    private boolean mayResolve(Actor actor, CitizenView citizen) {
        if (mayIdentify(actor, citizen)) {
            return true;
        }
        if (!actor.has(Roles.SECTOR_SYSTEM) || actor.organisation() == null) {
            return false;
        }
        return citizen.organisation().equals(actor.organisation())
                || queries.query(new FindCasesOfCitizenQuery(citizen.citizenId()),
                        ResponseTypes.multipleInstancesOf(CaseSummary.class)).join().stream()
                .anyMatch(found -> found.isOpen() && found.sector().equals(actor.sector())
                        && found.organisation().equals(actor.organisation()));
    }

    /**
     * Who may identify a citizen: someone doing casework in the organisation that registered the citizen,
     * or whose sector works with the citizen (an open case, or as coordinator).
     */
    private boolean mayIdentify(Actor actor, CitizenView citizen) {
        return actor.doesCasework() && (citizen.organisation().equals(actor.organisation())
                || access.worksWith(actor, citizen.citizenId()));
    }

    private static String requirePurpose(String header) {
        if (header == null || header.isBlank()) {
            throw new PurposeProblem("A search by CPR number must state its purpose in the X-Purpose header.");
        }
        String purpose;
        try {
            purpose = URLDecoder.decode(header, StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException e) {
            throw new PurposeProblem("X-Purpose must be percent-encoded UTF-8.");
        }
        if (!SAFE_PURPOSE.matcher(purpose).matches()) {
            throw new PurposeProblem("X-Purpose must be 1-200 letters, digits, spaces or . , : ; ( ) / § ' -");
        }
        return purpose;
    }

    static final class PurposeProblem extends RuntimeException {
        PurposeProblem(String message) {
            super(message);
        }
    }

    @ExceptionHandler(PurposeProblem.class)
    ResponseEntity<ProblemDetail> purposeMissing(PurposeProblem problem) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, problem.getMessage());
        detail.setType(URI.create("https://tvaers.dk/problems/validation"));
        detail.setTitle("Ugyldige oplysninger");
        detail.setProperty("errors", List.of(new ProblemDetailsAdvice.FieldProblem(
                PersonalDataAuditAspect.PURPOSE_HEADER, problem.getMessage())));
        return ResponseEntity.badRequest().body(detail);
    }
}

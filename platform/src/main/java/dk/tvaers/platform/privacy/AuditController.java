package dk.tvaers.platform.privacy;

import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.security.Actor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The data protection officer's view of this service's audit log, at {@code /api/audit/<service>/...}
 * (the gateway routes it to the service). Queries of the log are themselves logged. A DPO answers for their own
 * organisation: its people's accesses and every access to the citizens it works with, never another
 * municipality's log.
 */
@RestController
@RequestMapping("/api/audit/${spring.application.name}")
@PreAuthorize("hasRole('dpo')")
@Validated
class AuditController {

    /** One access, as shown to the DPO and handed to the citizen. */
    record Access(long seq, Instant at, String service, String who, String roles, String organisation, String sector,
                  UUID citizenId, AccessKind kind, String what, String resource, String purpose, String criteria)
            implements CitizenData {

        static Access of(AuditLog.StoredEntry stored) {
            AuditEntry e = stored.entry();
            return new Access(stored.seq(), e.at(), e.service(), e.actorId(), e.actorRoles(), e.organisation(),
                    e.sector(), e.citizenId(), e.kind(), e.category(), e.resource(), e.purpose(), e.criteria());
        }
    }

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/entries")
    @PersonalData(category = "audit-log", kind = AccessKind.SEARCH)
    List<Access> entries(@RequestParam(required = false) UUID citizenId,
                         @RequestParam(required = false) String actorId,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                         @RequestParam(defaultValue = "500") @Min(1) @Max(5000) int limit,
                         Actor actor) {
        if (actor.organisation() == null) {
            return List.of();
        }
        return log.find(citizenId, actorId, from, to, limit, actor.organisation()).stream().map(Access::of).toList();
    }

    /**
     * The citizen's right to know who looked and why (GDPR art. 15): every access to their data here, whoever made
     * it, handed out by the DPO of an organisation that works with the citizen.
     */
    @GetMapping(value = "/citizens/{citizenId}/export")
    @PersonalData(category = "audit-log", kind = AccessKind.EXPORT)
    ResponseEntity<List<Access>> export(@PathVariable UUID citizenId, Actor actor) {
        if (actor.organisation() == null || !log.worksWith(citizenId, actor.organisation())) {
            throw new NotFoundException("citizen", citizenId);
        }
        List<Access> accesses = log.find(citizenId, null, null, null, 100_000).stream().map(Access::of).toList();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"adgangslog-" + citizenId + ".json\"")
                .body(accesses);
    }

    @GetMapping("/verify")
    @NoPersonalData("whether the log's hash chain is intact")
    AuditLog.Verification verify() {
        return log.verify();
    }
}

package dk.tvaers.platform.privacy;

import java.time.Instant;
import java.util.UUID;

/**
 * One access to personal data, as the audit log keeps it.
 *
 * @param at           when
 * @param service      which service served it
 * @param actorId      who (user or client id)
 * @param actorRoles   with which roles
 * @param organisation the actor's organisation
 * @param sector       the actor's sector
 * @param citizenId    whose data (pseudonymous id); {@code null} for a search that found no one
 * @param kind         read, search, change or export
 * @param category     what data
 * @param resource     the request (method and path)
 * @param purpose      why, as the caller gave it ({@code X-Purpose}) or the default purpose
 * @param criteria     a search's criteria (CPR numbers masked)
 * @param correlationId the request's correlation id
 */
public record AuditEntry(
        Instant at,
        String service,
        String actorId,
        String actorRoles,
        String organisation,
        String sector,
        UUID citizenId,
        AccessKind kind,
        String category,
        String resource,
        String purpose,
        String criteria,
        String correlationId) {
}

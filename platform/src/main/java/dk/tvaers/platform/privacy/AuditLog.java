package dk.tvaers.platform.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The service's audit log of access to personal data: append-only (the database refuses updates and
 * deletes) and hash-chained (each entry's SHA-256 covers its content and the previous entry's hash),
 * so the data protection officer can verify that nothing was changed or removed.
 */
public class AuditLog {

    /** The hash before the first entry. */
    static final String GENESIS = "0".repeat(64);
    private static final long CHAIN_LOCK = 0x7476_6165_7273L;

    public record Verification(boolean intact, long entries, Long firstBrokenSeq) {
    }

    public record StoredEntry(long seq, AuditEntry entry, String prevHash, String hash) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    public AuditLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Appends the entries in one transaction of their own, chained after the last entry. */
    public void append(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        ownTransaction.executeWithoutResult(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
            String previous = jdbc.sql("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")
                    .query(String.class).optional().orElse(GENESIS);
            for (AuditEntry entry : entries) {
                AuditEntry stored = withMicrosecondTime(entry);
                String hash = hash(previous, stored);
                jdbc.sql("""
                                INSERT INTO audit_log (at, service, actor_id, actor_roles, actor_organisation, actor_sector,
                                    citizen_id, kind, category, resource, purpose, criteria, correlation_id, prev_hash, hash)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(Timestamp.from(stored.at()), stored.service(), stored.actorId(), stored.actorRoles(),
                                stored.organisation(), stored.sector(), stored.citizenId(), stored.kind().name(),
                                stored.category(), stored.resource(), stored.purpose(), stored.criteria(),
                                stored.correlationId(), previous, hash)
                        .update();
                previous = hash;
            }
        });
    }

    /** Every entry matching the criteria, whichever organisation; for tests and the service itself. */
    public List<StoredEntry> find(UUID citizenId, String actorId, Instant from, Instant to, int limit) {
        return find(citizenId, actorId, from, to, limit, null);
    }

    /**
     * The entries a data protection officer of {@code organisation} answers for: accesses by the organisation's
     * own people and systems, and every access to a citizen the organisation has (or had) a case for or is party
     * to, whoever made it. {@code null} means every organisation.
     */
    public List<StoredEntry> find(UUID citizenId, String actorId, Instant from, Instant to, int limit,
                                  String organisation) {
        return jdbc.sql("""
                        SELECT * FROM audit_log
                        WHERE (CAST(:organisation AS varchar) IS NULL
                               OR actor_organisation = CAST(:organisation AS varchar)
                               OR citizen_id IN (SELECT citizen_id FROM access_case
                                                 WHERE organisation = CAST(:organisation AS varchar)
                                                 UNION SELECT citizen_id FROM access_partner
                                                 WHERE organisation = CAST(:organisation AS varchar)))
                          AND (CAST(:citizen AS uuid) IS NULL OR citizen_id = CAST(:citizen AS uuid))
                          AND (CAST(:actor AS varchar) IS NULL OR actor_id = CAST(:actor AS varchar))
                          AND (CAST(:from AS timestamptz) IS NULL OR at >= CAST(:from AS timestamptz))
                          AND (CAST(:to AS timestamptz) IS NULL OR at < CAST(:to AS timestamptz))
                        ORDER BY seq LIMIT :limit""")
                .param("organisation", organisation)
                .param("citizen", citizenId)
                .param("actor", actorId)
                .param("from", from == null ? null : Timestamp.from(from))
                .param("to", to == null ? null : Timestamp.from(to))
                .param("limit", limit)
                .query((rs, row) -> new StoredEntry(rs.getLong("seq"), new AuditEntry(
                        rs.getTimestamp("at").toInstant(), rs.getString("service"), rs.getString("actor_id"),
                        rs.getString("actor_roles"), rs.getString("actor_organisation"), rs.getString("actor_sector"),
                        rs.getObject("citizen_id", UUID.class), AccessKind.valueOf(rs.getString("kind")),
                        rs.getString("category"), rs.getString("resource"), rs.getString("purpose"),
                        rs.getString("criteria"), rs.getString("correlation_id")),
                        rs.getString("prev_hash"), rs.getString("hash")))
                .list();
    }

    /** Whether {@code organisation} has (or had) a case for the citizen or is party to them. */
    public boolean worksWith(UUID citizenId, String organisation) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM access_case WHERE citizen_id = :citizen AND organisation = :org)
                            OR EXISTS (SELECT 1 FROM access_partner WHERE citizen_id = :citizen AND organisation = :org)""")
                .param("citizen", citizenId).param("org", organisation).query(Boolean.class).single();
    }

    /** Walks the whole chain and recomputes every hash. */
    public Verification verify() {
        String[] previous = {GENESIS};
        long[] count = {0};
        Long[] broken = {null};
        jdbc.sql("SELECT * FROM audit_log ORDER BY seq").query(rs -> {
            if (broken[0] != null) {
                return;
            }
            AuditEntry entry = new AuditEntry(rs.getTimestamp("at").toInstant(), rs.getString("service"),
                    rs.getString("actor_id"), rs.getString("actor_roles"), rs.getString("actor_organisation"),
                    rs.getString("actor_sector"), rs.getObject("citizen_id", UUID.class),
                    AccessKind.valueOf(rs.getString("kind")), rs.getString("category"), rs.getString("resource"),
                    rs.getString("purpose"), rs.getString("criteria"), rs.getString("correlation_id"));
            String prevHash = rs.getString("prev_hash");
            String hash = rs.getString("hash");
            count[0]++;
            if (!prevHash.equals(previous[0]) || !hash.equals(hash(prevHash, entry))) {
                broken[0] = rs.getLong("seq");
            }
            previous[0] = hash;
        });
        return new Verification(broken[0] == null, count[0], broken[0]);
    }

    private static AuditEntry withMicrosecondTime(AuditEntry entry) {
        return new AuditEntry(entry.at().truncatedTo(ChronoUnit.MICROS), entry.service(), entry.actorId(),
                entry.actorRoles(), entry.organisation(), entry.sector(), entry.citizenId(), entry.kind(),
                entry.category(), entry.resource(), entry.purpose(), entry.criteria(), entry.correlationId());
    }

    static String hash(String previous, AuditEntry entry) {
        String canonical = String.join("\u001f", previous, entry.at().toString(), entry.service(), entry.actorId(),
                entry.actorRoles(), String.valueOf(entry.organisation()), String.valueOf(entry.sector()),
                String.valueOf(entry.citizenId()), entry.kind().name(), entry.category(), entry.resource(),
                entry.purpose(), String.valueOf(entry.criteria()), String.valueOf(entry.correlationId()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

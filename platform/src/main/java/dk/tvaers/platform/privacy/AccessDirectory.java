package dk.tvaers.platform.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The service's copy of who works with which citizen, and what the citizen consents to share. */
public class AccessDirectory {

    record OpenCase(String sector, String organisation) {
    }

    record Consent(Set<String> sectors, Set<String> categories, LocalDate validFrom, LocalDate validUntil) {
        boolean validOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
        }
    }

    record Coordinator(String caseworkerId, String sector, String organisation) {
    }

    private final JdbcClient jdbc;

    public AccessDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- what the listener records ------------------------------------------------------------

    public void caseOpened(UUID caseId, UUID citizenId, String sector, String organisation, String caseworkerId) {
        jdbc.sql("""
                        INSERT INTO access_case (case_id, citizen_id, sector, organisation, caseworker_id, open)
                        VALUES (?, ?, ?, ?, ?, true)
                        ON CONFLICT (case_id) DO NOTHING""")
                .params(caseId, citizenId, sector, organisation, caseworkerId).update();
    }

    public void caseTransferred(UUID caseId, String caseworkerId) {
        jdbc.sql("UPDATE access_case SET caseworker_id = ?, updated_at = now() WHERE case_id = ?")
                .params(caseworkerId, caseId).update();
    }

    public void caseClosed(UUID caseId) {
        jdbc.sql("UPDATE access_case SET open = false, updated_at = now() WHERE case_id = ?").param(caseId).update();
    }

    public void consentGiven(UUID citizenId, UUID consentId, List<String> sectors, List<String> categories,
                             LocalDate validFrom, LocalDate validUntil) {
        jdbc.sql("""
                        INSERT INTO access_consent (citizen_id, consent_id, sectors, categories, valid_from, valid_until)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (citizen_id, consent_id) DO UPDATE
                        SET sectors = excluded.sectors, categories = excluded.categories,
                            valid_from = excluded.valid_from, valid_until = excluded.valid_until""")
                .params(citizenId, consentId, sectors.toArray(String[]::new), categories.toArray(String[]::new),
                        validFrom, validUntil)
                .update();
    }

    public void consentLimited(UUID citizenId, UUID consentId, List<String> sectors, List<String> categories,
                               LocalDate validUntil) {
        jdbc.sql("""
                        UPDATE access_consent SET sectors = ?, categories = ?, valid_until = ?
                        WHERE citizen_id = ? AND consent_id = ?""")
                .params(sectors.toArray(String[]::new), categories.toArray(String[]::new), validUntil, citizenId,
                        consentId)
                .update();
    }

    public void consentWithdrawn(UUID citizenId, UUID consentId) {
        jdbc.sql("DELETE FROM access_consent WHERE citizen_id = ? AND consent_id = ?").params(citizenId, consentId)
                .update();
    }

    public void coordinatorDesignated(UUID citizenId, String caseworkerId, String sector, String organisation) {
        jdbc.sql("""
                        INSERT INTO access_coordinator (citizen_id, caseworker_id, sector, organisation)
                        VALUES (?, ?, ?, ?)
                        ON CONFLICT (citizen_id) DO UPDATE
                        SET caseworker_id = excluded.caseworker_id, sector = excluded.sector,
                            organisation = excluded.organisation""")
                .params(citizenId, caseworkerId, sector, organisation).update();
    }

    /** The citizen has no coordinator any more (the coordinator's case closed or moved). */
    public void coordinatorVacated(UUID citizenId) {
        jdbc.sql("DELETE FROM access_coordinator WHERE citizen_id = ?").param(citizenId).update();
    }

    public void partnerEnrolled(UUID enrolmentId, UUID citizenId, String organisation) {
        jdbc.sql("""
                        INSERT INTO access_partner (enrolment_id, citizen_id, organisation) VALUES (?, ?, ?)
                        ON CONFLICT (enrolment_id) DO NOTHING""")
                .params(enrolmentId, citizenId, organisation).update();
    }

    public void enrolmentEnded(UUID enrolmentId) {
        jdbc.sql("DELETE FROM access_partner WHERE enrolment_id = ?").param(enrolmentId).update();
    }

    public void citizenErased(UUID citizenId, LocalDate erasedOn) {
        jdbc.sql("INSERT INTO erased_citizen (citizen_id, erased_on) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(citizenId, erasedOn).update();
        jdbc.sql("DELETE FROM access_consent WHERE citizen_id = ?").param(citizenId).update();
        jdbc.sql("DELETE FROM access_coordinator WHERE citizen_id = ?").param(citizenId).update();
        jdbc.sql("DELETE FROM access_partner WHERE citizen_id = ?").param(citizenId).update();
        jdbc.sql("UPDATE access_case SET open = false WHERE citizen_id = ?").param(citizenId).update();
    }

    // --- what CitizenAccess asks ----------------------------------------------------------------

    boolean isErased(UUID citizenId) {
        return jdbc.sql("SELECT count(*) FROM erased_citizen WHERE citizen_id = ?").param(citizenId)
                .query(Long.class).single() > 0;
    }

    List<OpenCase> openCases(UUID citizenId) {
        return jdbc.sql("SELECT sector, organisation FROM access_case WHERE citizen_id = ? AND open")
                .param(citizenId).query(OpenCase.class).list();
    }

    Optional<Coordinator> coordinator(UUID citizenId) {
        return jdbc.sql("SELECT caseworker_id, sector, organisation FROM access_coordinator WHERE citizen_id = ?")
                .param(citizenId).query(Coordinator.class).optional();
    }

    List<Consent> consents(UUID citizenId) {
        return jdbc.sql("SELECT sectors, categories, valid_from, valid_until FROM access_consent WHERE citizen_id = ?")
                .param(citizenId)
                .query((rs, row) -> new Consent(strings(rs.getArray(1)), strings(rs.getArray(2)),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
                .list();
    }

    boolean partyTo(UUID citizenId, String organisation) {
        return jdbc.sql("SELECT count(*) FROM access_partner WHERE citizen_id = ? AND organisation = ?")
                .params(citizenId, organisation).query(Long.class).single() > 0;
    }

    Set<UUID> citizensOfSector(String sector, String organisation, String caseworkerId) {
        return Set.copyOf(jdbc.sql("""
                        SELECT citizen_id FROM access_case WHERE sector = ? AND organisation = ? AND open
                        UNION SELECT citizen_id FROM access_coordinator WHERE caseworker_id = ?
                        EXCEPT SELECT citizen_id FROM erased_citizen""")
                .params(sector, organisation, caseworkerId).query(UUID.class).list());
    }

    Set<UUID> citizensOfPartner(String organisation) {
        return Set.copyOf(jdbc.sql("""
                        SELECT citizen_id FROM access_partner WHERE organisation = ?
                        EXCEPT SELECT citizen_id FROM erased_citizen""")
                .param(organisation).query(UUID.class).list());
    }

    private static Set<String> strings(Array array) throws SQLException {
        return array == null ? Set.of() : Arrays.stream((Object[]) array.getArray()).map(Object::toString)
                .collect(Collectors.toUnmodifiableSet());
    }
}

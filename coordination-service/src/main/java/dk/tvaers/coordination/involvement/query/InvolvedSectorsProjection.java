package dk.tvaers.coordination.involvement.query;

import dk.tvaers.coordination.involvement.api.Coordinator;
import dk.tvaers.coordination.involvement.api.CoordinatorDesignatedEvent;
import dk.tvaers.coordination.involvement.api.CoordinatorNeed;
import dk.tvaers.coordination.involvement.api.CoordinatorNeededEvent;
import dk.tvaers.coordination.involvement.api.FindCoordinatorNeedsQuery;
import dk.tvaers.coordination.involvement.api.FindCoordinatorQuery;
import dk.tvaers.coordination.involvement.api.FindInvolvedSectorsQuery;
import dk.tvaers.coordination.involvement.api.InvolvedSector;
import dk.tvaers.coordination.involvement.api.SectorCaseworkerChangedEvent;
import dk.tvaers.coordination.involvement.api.SectorInvolvedEvent;
import dk.tvaers.coordination.involvement.api.SectorInvolvementEndedEvent;
import dk.tvaers.platform.privacy.PersonalDataCipher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who works with each citizen: the involved sectors, the coordinating caseworker and the citizens who need
 * one. One processing group, so the three tables always agree with each other.
 */
@Component
@ProcessingGroup(InvolvedSectorsProjection.GROUP)
public class InvolvedSectorsProjection {

    public static final String GROUP = "involved-sectors";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    InvolvedSectorsProjection(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @EventHandler
    void on(SectorInvolvedEvent event) {
        jdbc.sql("""
                        INSERT INTO involved_sector (citizen_id, sector, organisation, case_id, caseworker_id, since)
                        VALUES (:citizenId, :sector, :organisation, :caseId, :caseworkerId, :since)
                        ON CONFLICT (citizen_id, sector) DO UPDATE
                        SET organisation = excluded.organisation, case_id = excluded.case_id,
                            caseworker_id = excluded.caseworker_id, since = excluded.since,
                            projected_at = clock_timestamp()""")
                .paramSource(event)
                .update();
    }

    @EventHandler
    void on(SectorInvolvementEndedEvent event) {
        jdbc.sql("DELETE FROM involved_sector WHERE citizen_id = ? AND sector = ? AND case_id = ?")
                .params(event.citizenId(), event.sector(), event.caseId())
                .update();
    }

    @EventHandler
    void on(SectorCaseworkerChangedEvent event) {
        jdbc.sql("""
                        UPDATE involved_sector SET caseworker_id = ?, projected_at = clock_timestamp()
                        WHERE citizen_id = ? AND sector = ? AND case_id = ?""")
                .params(event.toCaseworkerId(), event.citizenId(), event.sector(), event.caseId())
                .update();
    }

    @EventHandler
    void on(CoordinatorDesignatedEvent event, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO coordinator (citizen_id, caseworker_id, sector, organisation,
                                                 previous_caseworker_id, reason, since)
                        VALUES (:citizenId, :caseworkerId, :sector, :organisation, :previous, :reason, :since)
                        ON CONFLICT (citizen_id) DO UPDATE
                        SET caseworker_id = excluded.caseworker_id, sector = excluded.sector,
                            organisation = excluded.organisation,
                            previous_caseworker_id = excluded.previous_caseworker_id, reason = excluded.reason,
                            since = excluded.since""")
                .param("citizenId", event.citizenId())
                .param("caseworkerId", event.caseworkerId())
                .param("sector", event.sector())
                .param("organisation", event.organisation())
                .param("previous", event.previousCaseworkerId())
                .param("reason", cipher.seal(event.citizenId(), event.reason()))
                .param("since", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
        jdbc.sql("DELETE FROM coordinator_need WHERE citizen_id = ?").param(event.citizenId()).update();
    }

    @EventHandler
    void on(CoordinatorNeededEvent event, @Timestamp Instant at) {
        jdbc.sql("DELETE FROM coordinator WHERE citizen_id = ?").param(event.citizenId()).update();
        jdbc.sql("""
                        INSERT INTO coordinator_need (citizen_id, organisation, reason, previous_caseworker_id,
                                                      involved_sectors, since)
                        VALUES (:citizenId, :organisation, :reason, :previous, :sectors, :since)
                        ON CONFLICT (citizen_id) DO UPDATE
                        SET organisation = excluded.organisation, reason = excluded.reason,
                            previous_caseworker_id = excluded.previous_caseworker_id,
                            involved_sectors = excluded.involved_sectors, since = excluded.since""")
                .param("citizenId", event.citizenId())
                .param("organisation", event.organisation())
                .param("reason", event.reason().code())
                .param("previous", event.previousCaseworkerId())
                .param("sectors", String.join(",", event.involvedSectors()))
                .param("since", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM involved_sector").update();
        jdbc.sql("DELETE FROM coordinator").update();
        jdbc.sql("DELETE FROM coordinator_need").update();
    }

    @QueryHandler
    List<InvolvedSector> handle(FindInvolvedSectorsQuery query) {
        return jdbc.sql("""
                        SELECT s.citizen_id, s.sector, s.organisation, s.case_id, s.caseworker_id, s.since,
                               (c.caseworker_id IS NOT NULL) AS coordinator
                        FROM involved_sector s
                        LEFT JOIN coordinator c ON c.citizen_id = s.citizen_id AND c.sector = s.sector
                                               AND c.caseworker_id = s.caseworker_id
                        WHERE s.citizen_id = ? ORDER BY s.since, s.sector""")
                .param(query.citizenId())
                .query(InvolvedSector.class).list();
    }

    @QueryHandler
    Optional<Coordinator> handle(FindCoordinatorQuery query) {
        return jdbc.sql("SELECT * FROM coordinator WHERE citizen_id = ?")
                .param(query.citizenId())
                .query(this::coordinator).optional();
    }

    @QueryHandler
    List<CoordinatorNeed> handle(FindCoordinatorNeedsQuery query) {
        if (query.citizenIds().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM coordinator_need WHERE citizen_id IN (:ids) ORDER BY since")
                .param("ids", query.citizenIds())
                .query(InvolvedSectorsProjection::need).list();
    }

    /** The hand-over reason is sealed with the citizen's key. */
    private Coordinator coordinator(ResultSet rs, int row) throws SQLException {
        UUID citizenId = rs.getObject("citizen_id", UUID.class);
        return new Coordinator(citizenId, rs.getString("caseworker_id"),
                rs.getString("sector"), rs.getString("organisation"), rs.getString("previous_caseworker_id"),
                cipher.open(citizenId, rs.getString("reason")).orElse(null),
                rs.getObject("since", OffsetDateTime.class).toInstant());
    }

    private static CoordinatorNeed need(ResultSet rs, int row) throws SQLException {
        String sectors = rs.getString("involved_sectors");
        return new CoordinatorNeed(rs.getObject("citizen_id", UUID.class), rs.getString("organisation"),
                rs.getString("reason"), rs.getString("previous_caseworker_id"),
                sectors.isEmpty() ? List.of() : Arrays.asList(sectors.split(",")),
                rs.getObject("since", OffsetDateTime.class).toInstant());
    }
}

package dk.tvaers.coordination.consent.query;

import dk.tvaers.coordination.consent.api.ConsentGivenEvent;
import dk.tvaers.coordination.consent.api.ConsentLimitedEvent;
import dk.tvaers.coordination.consent.api.ConsentView;
import dk.tvaers.coordination.consent.api.ConsentWithdrawnEvent;
import dk.tvaers.coordination.consent.api.FindConsentQuery;
import dk.tvaers.coordination.consent.api.FindConsentsQuery;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Each citizen's consents, with their history folded into the current state. */
@Component
@ProcessingGroup(ConsentProjection.GROUP)
public class ConsentProjection {

    public static final String GROUP = "consents";

    private final JdbcClient jdbc;

    ConsentProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ConsentGivenEvent event, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO consent (consent_id, citizen_id, organisation, sectors, categories, valid_from,
                                             valid_until, status, recorded_by, recorded_at)
                        VALUES (:consentId, :citizenId, :organisation, :sectors, :categories, :validFrom,
                                :validUntil, 'given', :recordedBy, :at)
                        ON CONFLICT (consent_id) DO NOTHING""")
                .param("consentId", event.consentId())
                .param("citizenId", event.citizenId())
                .param("organisation", event.organisation())
                .param("sectors", String.join(",", event.sectors()))
                .param("categories", String.join(",", event.categories()))
                .param("validFrom", event.validFrom())
                .param("validUntil", event.validUntil())
                .param("recordedBy", event.recordedBy())
                .param("at", utc(at))
                .update();
    }

    @EventHandler
    void on(ConsentLimitedEvent event, @Timestamp Instant at) {
        jdbc.sql("""
                        UPDATE consent SET sectors = :sectors, categories = :categories, valid_until = :validUntil,
                                           status = 'limited', recorded_by = :recordedBy, recorded_at = :at
                        WHERE consent_id = :consentId""")
                .param("consentId", event.consentId())
                .param("sectors", String.join(",", event.sectors()))
                .param("categories", String.join(",", event.categories()))
                .param("validUntil", event.validUntil())
                .param("recordedBy", event.recordedBy())
                .param("at", utc(at))
                .update();
    }

    @EventHandler
    void on(ConsentWithdrawnEvent event, @Timestamp Instant at) {
        jdbc.sql("""
                        UPDATE consent SET status = 'withdrawn', recorded_by = :recordedBy, recorded_at = :at,
                                           withdrawn_at = :withdrawnAt
                        WHERE consent_id = :consentId""")
                .param("consentId", event.consentId())
                .param("recordedBy", event.recordedBy())
                .param("at", utc(at))
                .param("withdrawnAt", utc(event.withdrawnAt()))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM consent").update();
    }

    @QueryHandler
    List<ConsentView> handle(FindConsentsQuery query) {
        return jdbc.sql("SELECT * FROM consent WHERE citizen_id = ? ORDER BY valid_from, recorded_at")
                .param(query.citizenId())
                .query(ConsentProjection::view).list();
    }

    @QueryHandler
    Optional<ConsentView> handle(FindConsentQuery query) {
        return jdbc.sql("SELECT * FROM consent WHERE consent_id = ?")
                .param(query.consentId())
                .query(ConsentProjection::view).optional();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static ConsentView view(ResultSet rs, int row) throws SQLException {
        OffsetDateTime withdrawnAt = rs.getObject("withdrawn_at", OffsetDateTime.class);
        return new ConsentView(rs.getObject("consent_id", UUID.class), rs.getObject("citizen_id", UUID.class),
                Arrays.asList(rs.getString("sectors").split(",")),
                Arrays.asList(rs.getString("categories").split(",")),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                rs.getString("status"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                withdrawnAt == null ? null : withdrawnAt.toInstant());
    }
}

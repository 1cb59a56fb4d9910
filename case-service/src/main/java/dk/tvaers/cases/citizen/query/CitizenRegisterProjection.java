package dk.tvaers.cases.citizen.query;

import dk.tvaers.cases.citizen.api.CitizenErasedEvent;
import dk.tvaers.cases.citizen.api.CitizenRegisteredEvent;
import dk.tvaers.cases.citizen.api.CitizenView;
import dk.tvaers.cases.citizen.api.CprNumber;
import dk.tvaers.cases.citizen.api.FindCitizenByCprQuery;
import dk.tvaers.cases.citizen.api.FindCitizenQuery;
import dk.tvaers.platform.privacy.ErasedCitizens;
import dk.tvaers.platform.privacy.ErasureHandler;
import dk.tvaers.platform.privacy.PersonalDataCipher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The register of citizens: the CPR number and name sealed with the citizen's key, found by the CPR's
 * blind index. Forgets an erased citizen at once and never rebuilds one on a replay.
 */
@Component
@ProcessingGroup(CitizenRegisterProjection.GROUP)
class CitizenRegisterProjection implements ErasureHandler {

    static final String GROUP = "citizen-register";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final ErasedCitizens erased;

    CitizenRegisterProjection(JdbcClient jdbc, PersonalDataCipher cipher, ErasedCitizens erased) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.erased = erased;
    }

    @EventHandler
    void on(CitizenRegisteredEvent event) {
        if (event.cpr() == null || erased.contains(event.citizenId())) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO citizen_view (citizen_id, cpr_index, cpr_sealed, name_sealed, organisation,
                                                  registered_by, registered_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (citizen_id) DO NOTHING""")
                .params(event.citizenId(), cipher.blindIndex(event.cpr()), cipher.seal(event.citizenId(), event.cpr()),
                        cipher.seal(event.citizenId(), event.name()), event.organisation(), event.registeredBy(),
                        event.registeredOn())
                .update();
    }

    @EventHandler
    void on(CitizenErasedEvent event) {
        erase(event.citizenId());
    }

    @Override
    public void erase(UUID citizenId) {
        jdbc.sql("DELETE FROM citizen_view WHERE citizen_id = ?").param(citizenId).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM citizen_view").update();
    }

    @QueryHandler
    Optional<CitizenView> handle(FindCitizenQuery query) {
        return jdbc.sql("SELECT * FROM citizen_view WHERE citizen_id = ?").param(query.citizenId())
                .query(this::row).list().stream().filter(Objects::nonNull).findFirst();
    }

    @QueryHandler
    Optional<CitizenView> handle(FindCitizenByCprQuery query) {
        String cpr = CprNumber.parse(query.cpr(), "cpr").formatted();
        return jdbc.sql("SELECT * FROM citizen_view WHERE cpr_index = ?").param(cipher.blindIndex(cpr))
                .query(this::row).list().stream().filter(Objects::nonNull).findFirst();
    }

    /** {@code null} if the citizen's key is gone (erased, and the row not yet deleted). */
    private CitizenView row(ResultSet rs, int row) throws SQLException {
        UUID citizenId = rs.getObject("citizen_id", UUID.class);
        Optional<String> cpr = cipher.open(citizenId, rs.getString("cpr_sealed"));
        Optional<String> name = cipher.open(citizenId, rs.getString("name_sealed"));
        if (cpr.isEmpty() || name.isEmpty()) {
            return null;
        }
        return new CitizenView(citizenId, cpr.get(), name.get(), rs.getString("organisation"),
                rs.getObject("registered_on", LocalDate.class));
    }
}

package dk.tvaers.cases.citizen.command;

import dk.tvaers.platform.privacy.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * {@link CitizenIdentities} on the {@code citizen_identity} table. The insert joins the command's
 * transaction: a second registration of the same CPR waits on the first one's uncommitted row and then
 * finds it taken.
 */
@Component
class JdbcCitizenIdentities implements CitizenIdentities {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    JdbcCitizenIdentities(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public boolean claim(CprNumberClaim claim) {
        return jdbc.sql("""
                        INSERT INTO citizen_identity (citizen_id, cpr_index, organisation) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(claim.citizenId(), cipher.blindIndex(claim.cpr()), claim.organisation())
                .update() == 1;
    }

    @Override
    public void release(UUID citizenId) {
        jdbc.sql("DELETE FROM citizen_identity WHERE citizen_id = ?").param(citizenId).update();
    }

    @Override
    public boolean hasOpenCases(UUID citizenId) {
        return jdbc.sql("SELECT count(*) FROM open_case_claim WHERE citizen_id = ?").param(citizenId)
                .query(Long.class).single() > 0;
    }
}

package dk.tvaers.platform.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

/** Whether a citizen has been erased, for projections that must not rebuild an erased citizen's rows. */
public class ErasedCitizens {

    private final JdbcClient jdbc;

    public ErasedCitizens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean contains(UUID citizenId) {
        return citizenId != null && jdbc.sql("SELECT count(*) FROM erased_citizen WHERE citizen_id = ?")
                .param(citizenId).query(Long.class).single() > 0;
    }
}

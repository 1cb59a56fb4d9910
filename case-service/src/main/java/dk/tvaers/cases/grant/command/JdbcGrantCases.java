package dk.tvaers.cases.grant.command;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.UUID;

/** {@link GrantCases} on the open-case claims, which change in the same transactions as the cases. */
@Component
class JdbcGrantCases implements GrantCases {

    private final JdbcClient jdbc;

    JdbcGrantCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isOpenCase(UUID caseId, UUID citizenId, String sector) {
        return jdbc.sql("SELECT count(*) FROM open_case_claim WHERE case_id = ? AND citizen_id = ? AND sector = ?")
                .params(caseId, citizenId, sector).query(Long.class).single() > 0;
    }
}

package dk.tvaers.cases.sectorcase.command;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * {@link CaseRegister} on {@code citizen_identity} and {@code open_case_claim}. The claim's primary key
 * (citizen, sector) decides between two concurrent openings: the second waits on the first one's
 * uncommitted row and then finds the place taken.
 */
@Component
class JdbcCaseRegister implements CaseRegister {

    private final JdbcClient jdbc;

    JdbcCaseRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isKnownCitizen(UUID citizenId) {
        return jdbc.sql("SELECT count(*) FROM citizen_identity WHERE citizen_id = ?").param(citizenId)
                .query(Long.class).single() > 0;
    }

    @Override
    public boolean claimOpenCase(UUID citizenId, String sector, UUID caseId) {
        return jdbc.sql("INSERT INTO open_case_claim (citizen_id, sector, case_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(citizenId, sector, caseId).update() == 1;
    }

    @Override
    public void releaseOpenCase(UUID caseId) {
        jdbc.sql("DELETE FROM open_case_claim WHERE case_id = ?").param(caseId).update();
    }
}

package dk.tvaers.coordination;

import dk.tvaers.platform.privacy.ErasureHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * When a citizen is erased, every read model here forgets them, in the same transaction as their key is
 * deleted. The projections skip erased citizens on a replay, so the rows do not come back.
 */
@Component
class ErasureOfCitizens implements ErasureHandler {

    private static final List<String> TABLES = List.of("involved_sector", "coordinator", "coordinator_need", "consent",
            "referral", "plan_watch", "plan_sub_goal", "timeline_entry", "notification");

    private final JdbcClient jdbc;

    ErasureOfCitizens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void erase(UUID citizenId) {
        for (String table : List.of("meeting_decision", "meeting_agenda_item")) {
            jdbc.sql("DELETE FROM " + table
                            + " WHERE meeting_id IN (SELECT meeting_id FROM meeting WHERE citizen_id = ?)")
                    .param(citizenId).update();
        }
        jdbc.sql("DELETE FROM meeting WHERE citizen_id = ?").param(citizenId).update();
        for (String table : TABLES) {
            jdbc.sql("DELETE FROM " + table + " WHERE citizen_id = ?").param(citizenId).update();
        }
    }
}

package dk.tvaers.coordination.involvement.query;

import dk.tvaers.coordination.involvement.api.FindInvolvedSectorsQuery;
import dk.tvaers.coordination.involvement.api.InvolvedSector;
import dk.tvaers.coordination.involvement.api.SectorInvolvedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
@ProcessingGroup(InvolvedSectorsProjection.GROUP)
public class InvolvedSectorsProjection {

    public static final String GROUP = "involved-sectors";

    private final JdbcClient jdbc;

    InvolvedSectorsProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM involved_sector").update();
    }

    @QueryHandler
    List<InvolvedSector> handle(FindInvolvedSectorsQuery query) {
        return jdbc.sql("""
                        SELECT sector, organisation, case_id, caseworker_id, since FROM involved_sector
                        WHERE citizen_id = ? ORDER BY since, sector""")
                .param(query.citizenId())
                .query(InvolvedSector.class).list();
    }
}

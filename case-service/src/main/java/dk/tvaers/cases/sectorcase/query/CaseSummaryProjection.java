package dk.tvaers.cases.sectorcase.query;

import dk.tvaers.cases.sectorcase.api.CaseOpenedEvent;
import dk.tvaers.cases.sectorcase.api.CaseSummary;
import dk.tvaers.cases.sectorcase.api.FindCaseQuery;
import dk.tvaers.cases.sectorcase.api.FindCasesOfCitizenQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

@Component
@ProcessingGroup(CaseSummaryProjection.GROUP)
class CaseSummaryProjection {

    static final String GROUP = "case-summary";

    private final JdbcClient jdbc;

    CaseSummaryProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CaseOpenedEvent event) {
        jdbc.sql("""
                        INSERT INTO case_summary (case_id, citizen_id, organisation, sector, legal_basis,
                                                  caseworker_id, opened_on, status)
                        VALUES (:caseId, :citizenId, :organisation, :sector, :legalBasis, :caseworkerId, :openedOn,
                                'OPEN')
                        ON CONFLICT (case_id) DO NOTHING""")
                .paramSource(event)
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM case_summary").update();
    }

    @QueryHandler
    Optional<CaseSummary> handle(FindCaseQuery query) {
        return jdbc.sql("SELECT * FROM case_summary WHERE case_id = ?").param(query.caseId())
                .query(CaseSummary.class).optional();
    }

    @QueryHandler
    List<CaseSummary> handle(FindCasesOfCitizenQuery query) {
        return jdbc.sql("SELECT * FROM case_summary WHERE citizen_id = ? ORDER BY opened_on, sector")
                .param(query.citizenId())
                .query(CaseSummary.class).list();
    }
}

package dk.tvaers.cases.sectorcase.query;

import dk.tvaers.cases.sectorcase.api.CaseClosedEvent;
import dk.tvaers.cases.sectorcase.api.CaseOpenedEvent;
import dk.tvaers.cases.sectorcase.api.CaseSummary;
import dk.tvaers.cases.sectorcase.api.CaseTransferredEvent;
import dk.tvaers.cases.sectorcase.api.FindCaseQuery;
import dk.tvaers.cases.sectorcase.api.FindCasesOfCitizenQuery;
import dk.tvaers.cases.sectorcase.api.FindOpenCasesOfCaseworkerQuery;
import dk.tvaers.platform.privacy.ErasedCitizens;
import dk.tvaers.platform.privacy.ErasureHandler;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Component
@ProcessingGroup(CaseSummaryProjection.GROUP)
class CaseSummaryProjection implements ErasureHandler {

    static final String GROUP = "case-summary";

    private final JdbcClient jdbc;
    private final ErasedCitizens erased;

    CaseSummaryProjection(JdbcClient jdbc, ErasedCitizens erased) {
        this.jdbc = jdbc;
        this.erased = erased;
    }

    @EventHandler
    void on(CaseOpenedEvent event, @SequenceNumber long version) {
        if (erased.contains(event.citizenId())) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO case_summary (case_id, citizen_id, organisation, sector, legal_basis,
                                                  caseworker_id, opened_on, status, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)
                        ON CONFLICT (case_id) DO NOTHING""")
                .params(event.caseId(), event.citizenId(), event.organisation(), event.sector(), event.legalBasis(),
                        event.caseworkerId(), event.openedOn(), version)
                .update();
    }

    @EventHandler
    void on(CaseTransferredEvent event, @SequenceNumber long version) {
        jdbc.sql("UPDATE case_summary SET caseworker_id = ?, version = ? WHERE case_id = ? AND version < ?")
                .params(event.toCaseworkerId(), version, event.caseId(), version).update();
    }

    @EventHandler
    void on(CaseClosedEvent event, @SequenceNumber long version) {
        jdbc.sql("UPDATE case_summary SET status = 'CLOSED', closed_on = ?, version = ? WHERE case_id = ? AND version < ?")
                .params(event.closedOn(), version, event.caseId(), version).update();
    }

    @Override
    public void erase(UUID citizenId) {
        jdbc.sql("DELETE FROM case_summary WHERE citizen_id = ?").param(citizenId).update();
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

    @QueryHandler
    List<CaseSummary> handle(FindOpenCasesOfCaseworkerQuery query) {
        return jdbc.sql("SELECT * FROM case_summary WHERE caseworker_id = ? AND status = 'OPEN' ORDER BY opened_on")
                .param(query.caseworkerId())
                .query(CaseSummary.class).list();
    }
}

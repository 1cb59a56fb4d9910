package dk.tvaers.insight.calculator.query;

import dk.tvaers.insight.calculator.api.Assumptions;
import dk.tvaers.insight.calculator.api.AssumptionsChangedEvent;
import dk.tvaers.insight.calculator.api.InvestmentCaseCreatedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.UUID;

/** The investment cases and every version of their assumptions; idempotent by version, rebuilt by replay. */
@Component
@ProcessingGroup(InvestmentCasesProjection.GROUP)
class InvestmentCasesProjection {

    static final String GROUP = "investment-cases";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    InvestmentCasesProjection(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(InvestmentCaseCreatedEvent event, @Timestamp Instant at) {
        store(event.caseId(), event.organisation(), 1, event.assumptions(), event.by(), at, null);
    }

    @EventHandler
    void on(AssumptionsChangedEvent event, @Timestamp Instant at) {
        store(event.caseId(), event.organisation(), event.version(), event.assumptions(), event.by(), at,
                event.note());
    }

    private void store(UUID caseId, String organisation, long version, Assumptions assumptions, String by, Instant at,
                       String note) {
        String text = json.writeValueAsString(assumptions);
        jdbc.sql("""
                        INSERT INTO investment_case_version (case_id, version, assumptions, changed_by, changed_at, note)
                        VALUES (:id, :version, cast(:assumptions AS jsonb), :by, :at, :note)
                        ON CONFLICT DO NOTHING""")
                .param("id", caseId).param("version", version).param("assumptions", text).param("by", by)
                .param("at", java.sql.Timestamp.from(at)).param("note", note).update();
        jdbc.sql("""
                        INSERT INTO investment_case (case_id, organisation, title, version, assumptions, changed_by,
                                                     changed_at)
                        VALUES (:id, :organisation, :title, :version, cast(:assumptions AS jsonb), :by, :at)
                        ON CONFLICT (case_id) DO UPDATE SET title = :title, version = :version,
                            assumptions = cast(:assumptions AS jsonb), changed_by = :by, changed_at = :at
                        WHERE investment_case.version < :version""")
                .param("id", caseId).param("organisation", organisation).param("title", assumptions.title())
                .param("version", version).param("assumptions", text).param("by", by)
                .param("at", java.sql.Timestamp.from(at)).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM investment_case_version").update();
        jdbc.sql("DELETE FROM investment_case").update();
    }
}

package dk.tvaers.insight.calculator.query;

import dk.tvaers.insight.calculator.api.Assumptions;
import dk.tvaers.insight.calculator.api.InvestmentCaseView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the investment cases of an organisation. */
@Component
public class InvestmentCases {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    InvestmentCases(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The organisation's cases, newest change first, without their history. */
    public List<InvestmentCaseView> of(String organisation) {
        return jdbc.sql("""
                        SELECT case_id, title, version, assumptions::text, changed_by, changed_at FROM investment_case
                        WHERE organisation = ? ORDER BY changed_at DESC, case_id""")
                .param(organisation)
                .query((rs, n) -> new InvestmentCaseView(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
                        assumptions(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant(), List.of()))
                .list();
    }

    /** The case with every version, if it is the organisation's. */
    public Optional<InvestmentCaseView> find(String organisation, UUID caseId) {
        List<InvestmentCaseView.Version> versions = jdbc.sql("""
                        SELECT version, assumptions::text, changed_by, changed_at, note FROM investment_case_version
                        WHERE case_id = ? ORDER BY version""")
                .param(caseId)
                .query((rs, n) -> new InvestmentCaseView.Version(rs.getLong(1), assumptions(rs.getString(2)),
                        rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
        return jdbc.sql("""
                        SELECT case_id, title, version, assumptions::text, changed_by, changed_at FROM investment_case
                        WHERE organisation = ? AND case_id = ?""")
                .param(organisation).param(caseId)
                .query((rs, n) -> new InvestmentCaseView(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3),
                        assumptions(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant(), versions))
                .optional();
    }

    private Assumptions assumptions(String text) {
        return json.readValue(text, Assumptions.class);
    }
}

package dk.tvaers.insight.figures.query;

import dk.tvaers.insight.figures.api.FactSheet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads one organisation's facts from the projected tables, in one read-only transaction. */
@Component
public class FactSheets {

    private final JdbcClient jdbc;

    FactSheets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public FactSheet of(String organisation) {
        Map<UUID, List<FactSheet.Frequency>> frequencies = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT f.citizen_id, f.set_on, f.frequency_months FROM plan_frequency f
                        JOIN plan_fact p ON p.citizen_id = f.citizen_id
                        WHERE p.organisation = ? ORDER BY f.set_on, f.sequence""")
                .param(organisation)
                .query((rs, n) -> frequencies.computeIfAbsent(rs.getObject(1, UUID.class), c -> new ArrayList<>())
                        .add(new FactSheet.Frequency(date(rs.getDate(2)), rs.getInt(3))))
                .list();
        List<FactSheet.Plan> plans = jdbc.sql("""
                        SELECT citizen_id, started_on, frequency_months FROM plan_fact WHERE organisation = ?
                        ORDER BY started_on, citizen_id""")
                .param(organisation)
                .query((rs, n) -> {
                    UUID citizen = rs.getObject(1, UUID.class);
                    LocalDate started = date(rs.getDate(2));
                    List<FactSheet.Frequency> theirs = frequencies.getOrDefault(citizen,
                            List.of(new FactSheet.Frequency(started, rs.getInt(3))));
                    return new FactSheet.Plan(citizen, started, theirs);
                }).list();
        List<FactSheet.FollowUp> followUps = jdbc.sql("""
                        SELECT citizen_id, held_on, rating FROM follow_up_fact WHERE organisation = ?""")
                .param(organisation)
                .query((rs, n) -> new FactSheet.FollowUp(rs.getObject(1, UUID.class), date(rs.getDate(2)),
                        (Integer) rs.getObject(3)))
                .list();
        List<FactSheet.Trend> trends = jdbc.sql("""
                        SELECT citizen_id, held_on, trend FROM reading_trend WHERE organisation = ?""")
                .param(organisation)
                .query((rs, n) -> new FactSheet.Trend(rs.getObject(1, UUID.class), date(rs.getDate(2)),
                        rs.getString(3)))
                .list();
        List<LocalDate> overdue = jdbc.sql("SELECT due_on FROM follow_up_overdue WHERE organisation = ?")
                .param(organisation).query((rs, n) -> date(rs.getDate(1))).list();
        List<FactSheet.SubGoal> subGoals = jdbc.sql("""
                        SELECT citizen_id, owning_sector, set_on, outcome, concluded_on FROM sub_goal_fact
                        WHERE organisation = ?""")
                .param(organisation)
                .query((rs, n) -> new FactSheet.SubGoal(rs.getObject(1, UUID.class), rs.getString(2),
                        date(rs.getDate(3)), rs.getString(4), date(rs.getDate(5))))
                .list();
        List<FactSheet.SectorCase> cases = jdbc.sql("""
                        SELECT citizen_id, sector, opened_on, closed_on FROM sector_case_fact WHERE organisation = ?""")
                .param(organisation)
                .query((rs, n) -> new FactSheet.SectorCase(rs.getObject(1, UUID.class), rs.getString(2),
                        date(rs.getDate(3)), date(rs.getDate(4))))
                .list();
        List<FactSheet.Grant> grants = jdbc.sql("""
                        SELECT citizen_id, offer_id, sector, housing, external_placement, hours_per_week, valid_from,
                               CASE WHEN ended_on IS NOT NULL AND ended_on < valid_until THEN ended_on
                                    ELSE valid_until END
                        FROM grant_fact WHERE organisation = ? AND approved""")
                .param(organisation)
                .query((rs, n) -> new FactSheet.Grant(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getBigDecimal(6), date(rs.getDate(7)),
                        date(rs.getDate(8))))
                .list();
        List<FactSheet.Price> prices = jdbc.sql("""
                        SELECT offer_id, version, amount, unit, double_billed_items, priced_on FROM offer_price
                        WHERE organisation = ?""")
                .param(organisation)
                .query((rs, n) -> new FactSheet.Price(rs.getObject(1, UUID.class), rs.getInt(2), rs.getBigDecimal(3),
                        rs.getString(4), rs.getInt(5), date(rs.getDate(6))))
                .list();
        List<FactSheet.Team> teams = jdbc.sql("""
                        SELECT team_id, sector, name, recommended_caseload FROM team_fact WHERE organisation = ?""")
                .param(organisation)
                .query((rs, n) -> new FactSheet.Team(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
        List<FactSheet.Caseload> caseloads = jdbc.sql("""
                        SELECT caseworker_id, team_id, caseload, recommended_caseload, changed_on, sequence
                        FROM caseload_change WHERE organisation = ?""")
                .param(organisation)
                .query((rs, n) -> new FactSheet.Caseload(rs.getString(1), rs.getString(2), rs.getInt(3),
                        (Integer) rs.getObject(4), date(rs.getDate(5)), rs.getLong(6)))
                .list();
        List<FactSheet.CoordinatorChange> coordinators = jdbc.sql("""
                        SELECT citizen_id, coordinated, changed_on, sequence FROM coordinator_change
                        WHERE organisation = ?""")
                .param(organisation)
                .query((rs, n) -> new FactSheet.CoordinatorChange(rs.getObject(1, UUID.class), rs.getBoolean(2),
                        date(rs.getDate(3)), rs.getLong(4)))
                .list();
        List<FactSheet.Meeting> meetings = jdbc.sql("""
                        SELECT citizen_id, meets_on, cancelled FROM meeting_fact WHERE organisation = ?""")
                .param(organisation)
                .query((rs, n) -> new FactSheet.Meeting(rs.getObject(1, UUID.class), date(rs.getDate(2)),
                        rs.getBoolean(3)))
                .list();
        List<FactSheet.BenefitChange> benefits = jdbc.sql("""
                        SELECT citizen_id, benefit, effective_from, sequence FROM benefit_change WHERE organisation = ?""")
                .param(organisation)
                .query((rs, n) -> new FactSheet.BenefitChange(rs.getObject(1, UUID.class), rs.getString(2),
                        date(rs.getDate(3)), rs.getLong(4)))
                .list();
        return new FactSheet(plans, followUps, trends, overdue, subGoals, cases, grants, prices, teams, caseloads,
                coordinators, meetings, benefits);
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}

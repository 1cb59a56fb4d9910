package dk.tvaers.cases.caseload.query;

import dk.tvaers.cases.caseload.api.CaseAddedToCaseloadEvent;
import dk.tvaers.cases.caseload.api.CaseRemovedFromCaseloadEvent;
import dk.tvaers.cases.caseload.api.CaseloadExceededEvent;
import dk.tvaers.cases.caseload.api.CaseloadWithinRecommendationEvent;
import dk.tvaers.cases.caseload.api.CaseworkerCaseload;
import dk.tvaers.cases.caseload.api.CaseworkerJoinedTeamEvent;
import dk.tvaers.cases.caseload.api.FindCaseloadQuery;
import dk.tvaers.cases.caseload.api.FindTeamCaseloadsQuery;
import dk.tvaers.cases.caseload.api.FindTeamMemberCaseloadsQuery;
import dk.tvaers.cases.caseload.api.FindTeamQuery;
import dk.tvaers.cases.caseload.api.FindTeamsQuery;
import dk.tvaers.cases.caseload.api.RecommendedCaseloadChangedEvent;
import dk.tvaers.cases.caseload.api.TeamCaseload;
import dk.tvaers.cases.caseload.api.TeamDefinedEvent;
import dk.tvaers.cases.caseload.api.TeamSettingsChangedEvent;
import dk.tvaers.cases.caseload.api.TeamView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Teams, and the current caseload of every caseworker and team. Holds no citizen. */
@Component
@ProcessingGroup(CaseloadProjection.GROUP)
class CaseloadProjection {

    static final String GROUP = "caseload";

    private final JdbcClient jdbc;

    CaseloadProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TeamDefinedEvent event, @SequenceNumber long version) {
        jdbc.sql("""
                        INSERT INTO team_view (team_id, organisation, sector, name, recommended_caseload,
                                               authority_hours_per_week, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (team_id) DO NOTHING""")
                .params(event.teamId(), event.organisation(), event.sector(), event.name(),
                        event.recommendedCaseload(), event.authorityHoursPerWeek(), version)
                .update();
    }

    @EventHandler
    void on(TeamSettingsChangedEvent event, @SequenceNumber long version) {
        jdbc.sql("""
                        UPDATE team_view SET name = ?, recommended_caseload = ?, authority_hours_per_week = ?, version = ?
                        WHERE team_id = ? AND version < ?""")
                .params(event.name(), event.recommendedCaseload(), event.authorityHoursPerWeek(), version,
                        event.teamId(), version)
                .update();
    }

    @EventHandler
    void on(CaseworkerJoinedTeamEvent event) {
        jdbc.sql("""
                        INSERT INTO caseworker_caseload (caseworker_id, organisation, team_id, caseload,
                                                         recommended_caseload, exceeded)
                        VALUES (?, ?, ?, 0, ?, false)
                        ON CONFLICT (caseworker_id) DO UPDATE SET organisation = excluded.organisation,
                            team_id = excluded.team_id, recommended_caseload = excluded.recommended_caseload""")
                .params(event.caseworkerId(), event.organisation(), event.teamId(), event.recommendedCaseload())
                .update();
    }

    @EventHandler
    void on(RecommendedCaseloadChangedEvent event) {
        jdbc.sql("UPDATE caseworker_caseload SET recommended_caseload = ? WHERE caseworker_id = ?")
                .params(event.recommendedCaseload(), event.caseworkerId()).update();
    }

    @EventHandler
    void on(CaseAddedToCaseloadEvent event) {
        jdbc.sql("""
                        INSERT INTO caseworker_caseload (caseworker_id, organisation, caseload, exceeded)
                        VALUES (?, ?, ?, false)
                        ON CONFLICT (caseworker_id) DO UPDATE SET caseload = excluded.caseload""")
                .params(event.caseworkerId(), event.organisation(), event.caseload()).update();
    }

    @EventHandler
    void on(CaseRemovedFromCaseloadEvent event) {
        jdbc.sql("UPDATE caseworker_caseload SET caseload = ? WHERE caseworker_id = ?")
                .params(event.caseload(), event.caseworkerId()).update();
    }

    @EventHandler
    void on(CaseloadExceededEvent event) {
        jdbc.sql("UPDATE caseworker_caseload SET exceeded = true WHERE caseworker_id = ?")
                .param(event.caseworkerId()).update();
    }

    @EventHandler
    void on(CaseloadWithinRecommendationEvent event) {
        jdbc.sql("UPDATE caseworker_caseload SET exceeded = false WHERE caseworker_id = ?")
                .param(event.caseworkerId()).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM caseworker_caseload").update();
        jdbc.sql("DELETE FROM team_view").update();
    }

    @QueryHandler
    Optional<TeamView> handle(FindTeamQuery query) {
        return jdbc.sql("SELECT * FROM team_view WHERE team_id = ?").param(query.teamId())
                .query(TeamView.class).optional();
    }

    @QueryHandler
    List<TeamView> handle(FindTeamsQuery query) {
        return jdbc.sql("SELECT * FROM team_view WHERE organisation = ? ORDER BY sector, team_id")
                .param(query.organisation()).query(TeamView.class).list();
    }

    @QueryHandler
    Optional<CaseworkerCaseload> handle(FindCaseloadQuery query) {
        return jdbc.sql("""
                        SELECT caseworker_id, team_id, caseload, recommended_caseload, exceeded AS warning
                        FROM caseworker_caseload WHERE caseworker_id = ?""")
                .param(query.caseworkerId()).query(CaseworkerCaseload.class).optional();
    }

    @QueryHandler
    List<CaseworkerCaseload> handle(FindTeamMemberCaseloadsQuery query) {
        return jdbc.sql("""
                        SELECT caseworker_id, team_id, caseload, recommended_caseload, exceeded AS warning
                        FROM caseworker_caseload WHERE team_id = ? ORDER BY caseload DESC, caseworker_id""")
                .param(query.teamId()).query(CaseworkerCaseload.class).list();
    }

    @QueryHandler
    List<TeamCaseload> handle(FindTeamCaseloadsQuery query) {
        return jdbc.sql("""
                        SELECT t.team_id, t.name, t.sector, t.recommended_caseload,
                               count(c.caseworker_id)::int AS caseworkers,
                               coalesce(sum(c.caseload), 0)::int AS open_cases,
                               coalesce(round(avg(c.caseload), 1), 0) AS average_caseload,
                               count(c.caseworker_id) FILTER (WHERE c.exceeded)::int AS caseworkers_above_recommendation
                        FROM team_view t LEFT JOIN caseworker_caseload c ON c.team_id = t.team_id
                        WHERE t.organisation = ?
                        GROUP BY t.team_id, t.name, t.sector, t.recommended_caseload
                        ORDER BY t.sector, t.team_id""")
                .param(query.organisation()).query(TeamCaseload.class).list();
    }
}

package dk.tvaers.coordination.plan.query;

import dk.tvaers.coordination.plan.api.FindFollowUpWatchQuery;
import dk.tvaers.coordination.plan.api.FindSubGoalsOfCitizenQuery;
import dk.tvaers.coordination.plan.api.FollowUpWatchEntry;
import dk.tvaers.coordination.plan.api.SubGoal;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * What coordination-service knows of each citizen's plan, copied from plan-service's integration events:
 * the follow-up schedule (for the coordinators' watch list) and the sub-goals by id, owning sector and status
 * (for meeting agendas). Plan-service owns the plan; these rows are rebuilt by consuming its topic again.
 */
@Component
public class PlanFacts {

    private final JdbcClient jdbc;

    PlanFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void planCreated(UUID planId, UUID citizenId, String organisation, int frequencyMonths) {
        jdbc.sql("""
                        INSERT INTO plan_watch (plan_id, citizen_id, organisation, follow_up_frequency_months,
                                                follow_up_status)
                        VALUES (?, ?, ?, ?, 'scheduled')
                        ON CONFLICT (plan_id) DO UPDATE
                        SET follow_up_frequency_months = excluded.follow_up_frequency_months""")
                .params(planId, citizenId, organisation, frequencyMonths)
                .update();
    }

    public void followUpScheduled(UUID planId, UUID citizenId, String organisation, LocalDate heldOn,
                                  LocalDate nextDueOn) {
        ensure(planId, citizenId, organisation);
        jdbc.sql("""
                        UPDATE plan_watch SET follow_up_status = 'scheduled', due_on = ?,
                               last_follow_up_on = COALESCE(?, last_follow_up_on)
                        WHERE plan_id = ?""")
                .params(nextDueOn, heldOn, planId)
                .update();
    }

    /** The follow-up of {@code dueOn} is due or overdue; a later due date already recorded wins. */
    public void followUpFallen(UUID planId, UUID citizenId, String organisation, LocalDate dueOn, String status) {
        ensure(planId, citizenId, organisation);
        jdbc.sql("""
                        UPDATE plan_watch SET follow_up_status = ?, due_on = ?
                        WHERE plan_id = ? AND (due_on IS NULL OR due_on <= ?)""")
                .params(status, dueOn, planId, dueOn)
                .update();
    }

    public void subGoal(UUID planId, UUID citizenId, UUID subGoalId, String owningSector, String lifeArea,
                        Integer priority, String status, LocalDate dueOn, long version) {
        jdbc.sql("""
                        INSERT INTO plan_sub_goal (sub_goal_id, plan_id, citizen_id, owning_sector, life_area, priority,
                                                   status, due_on, version)
                        VALUES (:subGoalId, :planId, :citizenId, :owningSector, :lifeArea,
                                COALESCE(CAST(:priority AS INTEGER), 0), :status, :dueOn, :version)
                        ON CONFLICT (sub_goal_id) DO UPDATE
                        SET owning_sector = excluded.owning_sector,
                            life_area = COALESCE(excluded.life_area, plan_sub_goal.life_area),
                            priority = COALESCE(CAST(:priority AS INTEGER), plan_sub_goal.priority),
                            status = excluded.status, due_on = COALESCE(excluded.due_on, plan_sub_goal.due_on),
                            version = excluded.version
                        WHERE plan_sub_goal.version < excluded.version""")
                .param("subGoalId", subGoalId)
                .param("planId", planId)
                .param("citizenId", citizenId)
                .param("owningSector", owningSector)
                .param("lifeArea", lifeArea)
                .param("priority", priority)
                .param("status", status)
                .param("dueOn", dueOn)
                .param("version", version)
                .update();
    }

    public void forget(UUID citizenId) {
        jdbc.sql("DELETE FROM plan_sub_goal WHERE citizen_id = ?").param(citizenId).update();
        jdbc.sql("DELETE FROM plan_watch WHERE citizen_id = ?").param(citizenId).update();
    }

    private void ensure(UUID planId, UUID citizenId, String organisation) {
        jdbc.sql("""
                        INSERT INTO plan_watch (plan_id, citizen_id, organisation, follow_up_status)
                        VALUES (?, ?, ?, 'scheduled') ON CONFLICT (plan_id) DO NOTHING""")
                .params(planId, citizenId, organisation)
                .update();
    }

    @QueryHandler
    List<SubGoal> handle(FindSubGoalsOfCitizenQuery query) {
        return jdbc.sql("""
                        SELECT sub_goal_id, plan_id, citizen_id, owning_sector, life_area, priority, status, due_on
                        FROM plan_sub_goal WHERE citizen_id = ? ORDER BY priority, due_on NULLS LAST, sub_goal_id""")
                .param(query.citizenId())
                .query(SubGoal.class).list();
    }

    @QueryHandler
    List<FollowUpWatchEntry> handle(FindFollowUpWatchQuery query) {
        return jdbc.sql("""
                        SELECT w.citizen_id, w.plan_id, w.follow_up_status, w.due_on, w.last_follow_up_on,
                               (SELECT string_agg(s.sector, ',' ORDER BY s.sector) FROM involved_sector s
                                WHERE s.citizen_id = w.citizen_id) AS sectors
                        FROM plan_watch w JOIN coordinator c ON c.citizen_id = w.citizen_id
                        WHERE c.caseworker_id = ? AND w.follow_up_status IN ('due', 'overdue')
                        ORDER BY w.follow_up_status DESC, w.due_on""")
                .param(query.coordinatorId())
                .query((rs, row) -> {
                    String sectors = rs.getString("sectors");
                    return new FollowUpWatchEntry(rs.getObject("citizen_id", UUID.class),
                            rs.getObject("plan_id", UUID.class), rs.getString("follow_up_status"),
                            rs.getObject("due_on", LocalDate.class), rs.getObject("last_follow_up_on", LocalDate.class),
                            sectors == null ? List.of() : Arrays.asList(sectors.split(",")));
                })
                .list();
    }
}

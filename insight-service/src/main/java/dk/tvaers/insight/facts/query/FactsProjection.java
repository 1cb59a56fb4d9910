package dk.tvaers.insight.facts.query;

import dk.tvaers.insight.facts.api.BenefitChangedEvent;
import dk.tvaers.insight.facts.api.CaseloadRecordedEvent;
import dk.tvaers.insight.facts.api.CitizenFact;
import dk.tvaers.insight.facts.api.CoordinatorChangedEvent;
import dk.tvaers.insight.facts.api.FollowUpFrequencySetEvent;
import dk.tvaers.insight.facts.api.FollowUpHeldEvent;
import dk.tvaers.insight.facts.api.FollowUpOverdueEvent;
import dk.tvaers.insight.facts.api.GrantApprovedEvent;
import dk.tvaers.insight.facts.api.GrantEndedEvent;
import dk.tvaers.insight.facts.api.GrantProposedEvent;
import dk.tvaers.insight.facts.api.MeetingCancelledEvent;
import dk.tvaers.insight.facts.api.MeetingScheduledEvent;
import dk.tvaers.insight.facts.api.OfferPricedEvent;
import dk.tvaers.insight.facts.api.PlanStartedEvent;
import dk.tvaers.insight.facts.api.SectorCaseClosedEvent;
import dk.tvaers.insight.facts.api.SectorCaseOpenedEvent;
import dk.tvaers.insight.facts.api.SubGoalConcludedEvent;
import dk.tvaers.insight.facts.api.SubGoalSetEvent;
import dk.tvaers.insight.facts.api.TeamRecordedEvent;
import dk.tvaers.platform.privacy.ErasedCitizens;
import dk.tvaers.platform.privacy.ErasureHandler;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The tables the figures are computed from, projected from the facts in insight-service's event store. Every
 * write is an idempotent upsert keyed by the fact's own id or its position in the store, so a replay
 * ({@code POST /actuator/projections/insight-facts}) rebuilds the same rows. An erased citizen's rows are
 * deleted when case-service erases the citizen, and the citizen's facts are skipped on a replay: the
 * figures then count the citizen no more, as every other read model of the platform forgets them.
 */
@Component
@ProcessingGroup(FactsProjection.GROUP)
public class FactsProjection implements ErasureHandler {

    public static final String GROUP = "insight-facts";

    private static final List<String> CITIZEN_TABLES = List.of("plan_frequency", "plan_fact", "follow_up_fact",
            "reading_trend", "follow_up_overdue", "sub_goal_fact", "sector_case_fact", "grant_fact",
            "coordinator_change", "meeting_fact", "benefit_change");

    private final JdbcClient jdbc;
    private final ErasedCitizens erased;

    FactsProjection(JdbcClient jdbc, ErasedCitizens erased) {
        this.jdbc = jdbc;
        this.erased = erased;
    }

    @EventHandler
    void on(PlanStartedEvent fact, @MessageIdentifier String eventId) {
        if (skip(fact)) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO plan_fact (citizen_id, organisation, started_on, frequency_months)
                        VALUES (:citizen, :organisation, :on, :months)
                        ON CONFLICT (citizen_id) DO NOTHING""")
                .param("citizen", fact.citizenId()).param("organisation", fact.organisation())
                .param("on", fact.startedOn()).param("months", fact.frequencyMonths()).update();
        frequency(fact.citizenId(), fact.startedOn(), fact.frequencyMonths(), eventId);
    }

    @EventHandler
    void on(FollowUpFrequencySetEvent fact, @MessageIdentifier String eventId) {
        if (!skip(fact)) {
            frequency(fact.citizenId(), fact.setOn(), fact.frequencyMonths(), eventId);
        }
    }

    private void frequency(UUID citizen, LocalDate on, int months, @MessageIdentifier String eventId) {
        jdbc.sql("""
                        INSERT INTO plan_frequency (citizen_id, set_on, frequency_months, sequence)
                        VALUES (:citizen, :on, :months, :sequence)
                        ON CONFLICT DO NOTHING""")
                .param("citizen", citizen).param("on", on).param("months", months)
                .param("sequence", position(eventId)).update();
    }

    @EventHandler
    void on(FollowUpHeldEvent fact) {
        if (skip(fact)) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO follow_up_fact (follow_up_id, citizen_id, organisation, held_on, rating)
                        VALUES (:id, :citizen, :organisation, :on, :rating)
                        ON CONFLICT (follow_up_id) DO NOTHING""")
                .param("id", fact.followUpId()).param("citizen", fact.citizenId())
                .param("organisation", fact.organisation()).param("on", fact.heldOn()).param("rating", fact.rating())
                .update();
        for (FollowUpHeldEvent.SubGoalTrend trend : fact.trends()) {
            jdbc.sql("""
                            INSERT INTO reading_trend (follow_up_id, sub_goal_id, citizen_id, organisation, held_on,
                                                       trend)
                            VALUES (:id, :subGoal, :citizen, :organisation, :on, :trend)
                            ON CONFLICT DO NOTHING""")
                    .param("id", fact.followUpId()).param("subGoal", trend.subGoalId())
                    .param("citizen", fact.citizenId()).param("organisation", fact.organisation())
                    .param("on", fact.heldOn()).param("trend", trend.trend()).update();
        }
    }

    @EventHandler
    void on(FollowUpOverdueEvent fact) {
        if (!skip(fact)) {
            jdbc.sql("""
                            INSERT INTO follow_up_overdue (citizen_id, organisation, due_on)
                            VALUES (:citizen, :organisation, :on) ON CONFLICT DO NOTHING""")
                    .param("citizen", fact.citizenId()).param("organisation", fact.organisation())
                    .param("on", fact.dueOn()).update();
        }
    }

    @EventHandler
    void on(SubGoalSetEvent fact) {
        if (!skip(fact)) {
            jdbc.sql("""
                            INSERT INTO sub_goal_fact (sub_goal_id, citizen_id, organisation, owning_sector, set_on)
                            VALUES (:id, :citizen, :organisation, :sector, :on)
                            ON CONFLICT (sub_goal_id) DO UPDATE SET owning_sector = :sector, set_on = :on""")
                    .param("id", fact.subGoalId()).param("citizen", fact.citizenId())
                    .param("organisation", fact.organisation()).param("sector", fact.owningSector())
                    .param("on", fact.setOn()).update();
        }
    }

    @EventHandler
    void on(SubGoalConcludedEvent fact) {
        if (!skip(fact)) {
            jdbc.sql("""
                            INSERT INTO sub_goal_fact (sub_goal_id, citizen_id, organisation, owning_sector, outcome,
                                                       concluded_on)
                            VALUES (:id, :citizen, :organisation, :sector, :outcome, :on)
                            ON CONFLICT (sub_goal_id) DO UPDATE SET outcome = :outcome, concluded_on = :on""")
                    .param("id", fact.subGoalId()).param("citizen", fact.citizenId())
                    .param("organisation", fact.organisation()).param("sector", fact.owningSector())
                    .param("outcome", fact.outcome()).param("on", fact.concludedOn()).update();
        }
    }

    @EventHandler
    void on(SectorCaseOpenedEvent fact) {
        if (!skip(fact)) {
            jdbc.sql("""
                            INSERT INTO sector_case_fact (case_id, citizen_id, organisation, sector, opened_on)
                            VALUES (:id, :citizen, :organisation, :sector, :on)
                            ON CONFLICT (case_id) DO UPDATE SET sector = :sector, opened_on = :on""")
                    .param("id", fact.caseId()).param("citizen", fact.citizenId())
                    .param("organisation", fact.organisation()).param("sector", fact.sector())
                    .param("on", fact.openedOn()).update();
        }
    }

    @EventHandler
    void on(SectorCaseClosedEvent fact) {
        if (!skip(fact)) {
            jdbc.sql("""
                            INSERT INTO sector_case_fact (case_id, citizen_id, organisation, closed_on)
                            VALUES (:id, :citizen, :organisation, :on)
                            ON CONFLICT (case_id) DO UPDATE SET closed_on = :on""")
                    .param("id", fact.caseId()).param("citizen", fact.citizenId())
                    .param("organisation", fact.organisation()).param("on", fact.closedOn()).update();
        }
    }

    @EventHandler
    void on(GrantProposedEvent fact) {
        if (!skip(fact)) {
            jdbc.sql("""
                            INSERT INTO grant_fact (grant_id, citizen_id, organisation, external_placement)
                            VALUES (:id, :citizen, :organisation, :external)
                            ON CONFLICT (grant_id) DO UPDATE SET external_placement = :external""")
                    .param("id", fact.grantId()).param("citizen", fact.citizenId())
                    .param("organisation", fact.organisation()).param("external", fact.externalPlacement()).update();
        }
    }

    @EventHandler
    void on(GrantApprovedEvent fact) {
        if (!skip(fact)) {
            jdbc.sql("""
                            INSERT INTO grant_fact (grant_id, citizen_id, organisation, approved, offer_id, sector,
                                                    housing, hours_per_week, valid_from, valid_until)
                            VALUES (:id, :citizen, :organisation, true, :offer, :sector, :housing, :hours, :from,
                                    :until)
                            ON CONFLICT (grant_id) DO UPDATE SET approved = true, offer_id = :offer, sector = :sector,
                                housing = :housing, hours_per_week = :hours, valid_from = :from,
                                valid_until = :until""")
                    .param("id", fact.grantId()).param("citizen", fact.citizenId())
                    .param("organisation", fact.organisation()).param("offer", fact.offerId())
                    .param("sector", fact.sector()).param("housing", fact.housing())
                    .param("hours", fact.hoursPerWeek()).param("from", fact.validFrom())
                    .param("until", fact.validUntil()).update();
        }
    }

    @EventHandler
    void on(GrantEndedEvent fact) {
        if (!skip(fact)) {
            jdbc.sql("""
                            INSERT INTO grant_fact (grant_id, citizen_id, organisation, ended_on)
                            VALUES (:id, :citizen, :organisation, :on)
                            ON CONFLICT (grant_id) DO UPDATE SET ended_on = :on""")
                    .param("id", fact.grantId()).param("citizen", fact.citizenId())
                    .param("organisation", fact.organisation()).param("on", fact.endedOn()).update();
        }
    }

    @EventHandler
    void on(OfferPricedEvent fact) {
        jdbc.sql("""
                        INSERT INTO offer_price (offer_id, version, organisation, title, kind, amount, unit,
                                                 double_billed_items, priced_on)
                        VALUES (:id, :version, :organisation, :title, :kind, :amount, :unit, :items, :on)
                        ON CONFLICT DO NOTHING""")
                .param("id", fact.offerId()).param("version", fact.version())
                .param("organisation", fact.organisation()).param("title", fact.title()).param("kind", fact.kind())
                .param("amount", fact.amount()).param("unit", fact.unit())
                .param("items", fact.doubleBilledItems().size()).param("on", fact.pricedOn()).update();
    }

    @EventHandler
    void on(TeamRecordedEvent fact) {
        jdbc.sql("""
                        INSERT INTO team_fact (team_id, organisation, sector, name, recommended_caseload)
                        VALUES (:id, :organisation, :sector, :name, :recommended)
                        ON CONFLICT (team_id) DO UPDATE SET name = :name, recommended_caseload = :recommended,
                            sector = coalesce(:sector, team_fact.sector)""")
                .param("id", fact.teamId()).param("organisation", fact.organisation())
                .param("sector", fact.sector()).param("name", fact.name())
                .param("recommended", fact.recommendedCaseload()).update();
    }

    @EventHandler
    void on(CaseloadRecordedEvent fact, @MessageIdentifier String eventId) {
        jdbc.sql("""
                        INSERT INTO caseload_change (sequence, organisation, caseworker_id, team_id, caseload,
                                                     recommended_caseload, changed_on)
                        VALUES (:sequence, :organisation, :caseworker, :team, :caseload, :recommended, :on)
                        ON CONFLICT DO NOTHING""")
                .param("sequence", position(eventId)).param("organisation", fact.organisation())
                .param("caseworker", fact.caseworkerId()).param("team", fact.teamId())
                .param("caseload", fact.caseload()).param("recommended", fact.recommendedCaseload())
                .param("on", fact.changedOn()).update();
    }

    @EventHandler
    void on(CoordinatorChangedEvent fact, @MessageIdentifier String eventId) {
        if (!skip(fact)) {
            jdbc.sql("""
                            INSERT INTO coordinator_change (sequence, citizen_id, organisation, coordinated, changed_on)
                            VALUES (:sequence, :citizen, :organisation, :coordinated, :on) ON CONFLICT DO NOTHING""")
                    .param("sequence", position(eventId)).param("citizen", fact.citizenId())
                    .param("organisation", fact.organisation()).param("coordinated", fact.coordinated())
                    .param("on", fact.changedOn()).update();
        }
    }

    @EventHandler
    void on(MeetingScheduledEvent fact) {
        if (!skip(fact)) {
            jdbc.sql("""
                            INSERT INTO meeting_fact (meeting_id, citizen_id, organisation, meets_on)
                            VALUES (:id, :citizen, :organisation, :on)
                            ON CONFLICT (meeting_id) DO UPDATE SET meets_on = :on""")
                    .param("id", fact.meetingId()).param("citizen", fact.citizenId())
                    .param("organisation", fact.organisation()).param("on", fact.meetsOn()).update();
        }
    }

    @EventHandler
    void on(MeetingCancelledEvent fact) {
        if (!skip(fact)) {
            jdbc.sql("""
                            INSERT INTO meeting_fact (meeting_id, citizen_id, organisation, cancelled)
                            VALUES (:id, :citizen, :organisation, true)
                            ON CONFLICT (meeting_id) DO UPDATE SET cancelled = true""")
                    .param("id", fact.meetingId()).param("citizen", fact.citizenId())
                    .param("organisation", fact.organisation()).update();
        }
    }

    @EventHandler
    void on(BenefitChangedEvent fact, @MessageIdentifier String eventId) {
        if (!skip(fact)) {
            jdbc.sql("""
                            INSERT INTO benefit_change (sequence, citizen_id, organisation, benefit, effective_from)
                            VALUES (:sequence, :citizen, :organisation, :benefit, :from) ON CONFLICT DO NOTHING""")
                    .param("sequence", position(eventId)).param("citizen", fact.citizenId())
                    .param("organisation", fact.organisation()).param("benefit", fact.benefit())
                    .param("from", fact.effectiveFrom()).update();
        }
    }

    @ResetHandler
    void reset() {
        CITIZEN_TABLES.forEach(table -> jdbc.sql("DELETE FROM " + table).update());
        List.of("offer_price", "team_fact", "caseload_change").forEach(table -> jdbc.sql("DELETE FROM " + table)
                .update());
    }

    /** Forgets the citizen: their rows go, in the transaction that deletes their key. */
    @Override
    public void erase(UUID citizenId) {
        CITIZEN_TABLES.forEach(table -> jdbc.sql("DELETE FROM " + table + " WHERE citizen_id = ?")
                .param(citizenId).update());
    }

    private boolean skip(CitizenFact fact) {
        return fact.citizenId() == null || erased.contains(fact.citizenId());
    }

    /**
     * The fact's own place in the event store: the same live and on a replay, so re-inserting it changes nothing.
     * Not the tracking token's position: a fact that commits late fills a gap below events already handled, and
     * the token then stands at the highest index seen, which another fact already holds.
     */
    private long position(String eventId) {
        return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?").param(eventId)
                .query(Long.class).single();
    }
}

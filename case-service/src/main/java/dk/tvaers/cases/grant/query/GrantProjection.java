package dk.tvaers.cases.grant.query;

import dk.tvaers.cases.grant.api.FindFrameGrantQuery;
import dk.tvaers.cases.grant.api.FindGrantQuery;
import dk.tvaers.cases.grant.api.FindGrantsAwaitingVisitationQuery;
import dk.tvaers.cases.grant.api.FindGrantsOfCitizenQuery;
import dk.tvaers.cases.grant.api.FindRevisitationListQuery;
import dk.tvaers.cases.grant.api.FrameGrantDrawReleasedEvent;
import dk.tvaers.cases.grant.api.FrameGrantDrawnEvent;
import dk.tvaers.cases.grant.api.FrameGrantGrantedEvent;
import dk.tvaers.cases.grant.api.FrameGrantView;
import dk.tvaers.cases.grant.api.GrantApprovedEvent;
import dk.tvaers.cases.grant.api.GrantEndedEvent;
import dk.tvaers.cases.grant.api.GrantProposedEvent;
import dk.tvaers.cases.grant.api.GrantRejectedEvent;
import dk.tvaers.cases.grant.api.GrantRevisitationDueEvent;
import dk.tvaers.cases.grant.api.GrantRevisitedEvent;
import dk.tvaers.cases.grant.api.GrantStatus;
import dk.tvaers.cases.grant.api.GrantView;
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

/** Grants and frame grants, the visitation meeting's agenda and the revisitation list. */
@Component
@ProcessingGroup(GrantProjection.GROUP)
class GrantProjection implements ErasureHandler {

    static final String GROUP = "grants";

    private final JdbcClient jdbc;
    private final ErasedCitizens erased;

    GrantProjection(JdbcClient jdbc, ErasedCitizens erased) {
        this.jdbc = jdbc;
        this.erased = erased;
    }

    @EventHandler
    void on(GrantProposedEvent event, @SequenceNumber long version) {
        if (erased.contains(event.citizenId())) {
            return;
        }
        var terms = event.terms();
        jdbc.sql("""
                        INSERT INTO grant_view (grant_id, citizen_id, case_id, organisation, sector, offer_id,
                            hours_per_week, valid_from, valid_until, legal_basis, external_placement, frame_grant_id,
                            status, proposed_by, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'AWAITING_VISITATION', ?, ?)
                        ON CONFLICT (grant_id) DO NOTHING""")
                .params(event.grantId(), event.citizenId(), event.caseId(), event.organisation(), event.sector(),
                        terms.offerId(), terms.hoursPerWeek(), terms.validFrom(), terms.validUntil(),
                        terms.legalBasis(), event.externalPlacement(), event.frameGrantId(), event.proposedBy(),
                        version)
                .update();
    }

    @EventHandler
    void on(GrantApprovedEvent event, @SequenceNumber long version) {
        update("status = 'APPROVED', decided_by = ?", event.grantId(), version, event.approvedBy());
    }

    @EventHandler
    void on(GrantRejectedEvent event, @SequenceNumber long version) {
        update("status = 'REJECTED', decided_by = ?", event.grantId(), version, event.rejectedBy());
    }

    @EventHandler
    void on(GrantRevisitationDueEvent event, @SequenceNumber long version) {
        update("revisitation_due_on = ?", event.grantId(), version, event.dueOn());
    }

    @EventHandler
    void on(GrantRevisitedEvent event, @SequenceNumber long version) {
        update("revisitation_due_on = NULL", event.grantId(), version);
    }

    @EventHandler
    void on(GrantEndedEvent event, @SequenceNumber long version) {
        update("status = 'ENDED', ended_on = ?, revisitation_due_on = NULL", event.grantId(), version,
                event.endedOn());
    }

    @EventHandler
    void on(FrameGrantGrantedEvent event, @SequenceNumber long version) {
        if (erased.contains(event.citizenId())) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO frame_grant_view (frame_grant_id, citizen_id, case_id, organisation, sector,
                            budget_hours, drawn_hours, valid_from, valid_until, legal_basis, granted_by, version)
                        VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)
                        ON CONFLICT (frame_grant_id) DO NOTHING""")
                .params(event.frameGrantId(), event.citizenId(), event.caseId(), event.organisation(), event.sector(),
                        event.budgetHours(), event.validFrom(), event.validUntil(), event.legalBasis(),
                        event.grantedBy(), version)
                .update();
    }

    @EventHandler
    void on(FrameGrantDrawnEvent event, @SequenceNumber long version) {
        frameRemaining(event.frameGrantId(), event.remainingHours(), version);
    }

    @EventHandler
    void on(FrameGrantDrawReleasedEvent event, @SequenceNumber long version) {
        frameRemaining(event.frameGrantId(), event.remainingHours(), version);
    }

    private void frameRemaining(UUID frameGrantId, java.math.BigDecimal remaining, long version) {
        jdbc.sql("""
                        UPDATE frame_grant_view SET drawn_hours = budget_hours - ?, version = ?
                        WHERE frame_grant_id = ? AND version < ?""")
                .params(remaining, version, frameGrantId, version).update();
    }

    private void update(String set, UUID grantId, long version, Object... values) {
        Object[] params = new Object[values.length + 3];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = version;
        params[values.length + 1] = grantId;
        params[values.length + 2] = version;
        jdbc.sql("UPDATE grant_view SET " + set + ", version = ? WHERE grant_id = ? AND version < ?")
                .params(params).update();
    }

    @Override
    public void erase(UUID citizenId) {
        jdbc.sql("DELETE FROM grant_view WHERE citizen_id = ?").param(citizenId).update();
        jdbc.sql("DELETE FROM frame_grant_view WHERE citizen_id = ?").param(citizenId).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM grant_view").update();
        jdbc.sql("DELETE FROM frame_grant_view").update();
    }

    @QueryHandler
    Optional<GrantView> handle(FindGrantQuery query) {
        return jdbc.sql("SELECT * FROM grant_view WHERE grant_id = ?").param(query.grantId())
                .query(GrantView.class).optional();
    }

    @QueryHandler
    List<GrantView> handle(FindGrantsOfCitizenQuery query) {
        return jdbc.sql("SELECT * FROM grant_view WHERE citizen_id = ? ORDER BY valid_from, grant_id")
                .param(query.citizenId()).query(GrantView.class).list();
    }

    @QueryHandler
    List<GrantView> handle(FindGrantsAwaitingVisitationQuery query) {
        return jdbc.sql("""
                        SELECT * FROM grant_view WHERE organisation = ? AND sector = ? AND status = ?
                        ORDER BY valid_from, grant_id""")
                .params(query.organisation(), query.sector(), GrantStatus.AWAITING_VISITATION.name())
                .query(GrantView.class).list();
    }

    @QueryHandler
    List<GrantView> handle(FindRevisitationListQuery query) {
        return jdbc.sql("""
                        SELECT * FROM grant_view
                        WHERE organisation = ? AND sector = ? AND status = 'APPROVED' AND revisitation_due_on IS NOT NULL
                        ORDER BY revisitation_due_on, grant_id""")
                .params(query.organisation(), query.sector())
                .query(GrantView.class).list();
    }

    @QueryHandler
    Optional<FrameGrantView> handle(FindFrameGrantQuery query) {
        return jdbc.sql("""
                        SELECT frame_grant_id, citizen_id, case_id, organisation, sector, budget_hours, drawn_hours,
                               budget_hours - drawn_hours AS remaining_hours, valid_from, valid_until, legal_basis,
                               granted_by, version
                        FROM frame_grant_view WHERE frame_grant_id = ?""")
                .param(query.frameGrantId()).query(FrameGrantView.class).optional();
    }
}

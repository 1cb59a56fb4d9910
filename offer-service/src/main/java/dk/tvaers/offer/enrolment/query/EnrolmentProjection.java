package dk.tvaers.offer.enrolment.query;

import dk.tvaers.offer.enrolment.api.CitizenEnrolledEvent;
import dk.tvaers.offer.enrolment.api.CitizenWaitlistedEvent;
import dk.tvaers.offer.enrolment.api.EnrolmentEndedEvent;
import dk.tvaers.offer.enrolment.api.EnrolmentOutcome;
import dk.tvaers.offer.enrolment.api.EnrolmentStartedEvent;
import dk.tvaers.offer.enrolment.api.EnrolmentStatus;
import dk.tvaers.offer.enrolment.api.EnrolmentView;
import dk.tvaers.offer.enrolment.api.FindEnrolmentQuery;
import dk.tvaers.offer.enrolment.api.FindEnrolmentsOfCitizenQuery;
import dk.tvaers.offer.enrolment.api.FindEnrolmentsOnOfferQuery;
import dk.tvaers.offer.enrolment.api.PunchCardVisitUsedEvent;
import dk.tvaers.platform.privacy.ErasedCitizens;
import dk.tvaers.platform.privacy.ErasureHandler;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Citizens on offers. Every write sets absolute values keyed by the enrolment, so handling an event twice
 * changes nothing; the waiting list position is computed from the order the offer put citizens on it. An
 * erased citizen's rows are deleted and not rebuilt by a replay.
 */
@Component
@ProcessingGroup(EnrolmentProjection.GROUP)
public class EnrolmentProjection implements ErasureHandler {

    public static final String GROUP = "enrolments";

    private static final String SELECT = """
            SELECT e.*, CASE WHEN e.status = 'WAITLISTED' THEN
                       (SELECT count(*) FROM enrolment w WHERE w.offer_id = e.offer_id AND w.status = 'WAITLISTED'
                                                           AND w.waitlist_seq <= e.waitlist_seq) END AS position
            FROM enrolment e
            """;

    private final JdbcClient jdbc;
    private final ErasedCitizens erased;

    EnrolmentProjection(JdbcClient jdbc, ErasedCitizens erased) {
        this.jdbc = jdbc;
        this.erased = erased;
    }

    @EventHandler
    void on(CitizenWaitlistedEvent event, @SequenceNumber long sequence) {
        if (erased.contains(event.citizenId())) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO enrolment (enrolment_id, offer_id, citizen_id, organisation, referring_sector,
                                               provider_organisation, status, waitlist_seq, waitlisted_on)
                        VALUES (:enrolmentId, :offerId, :citizenId, :organisation, :referringSector,
                                :providerOrganisation, 'WAITLISTED', :sequence, :waitlistedOn)
                        ON CONFLICT (enrolment_id) DO NOTHING""")
                .param("enrolmentId", event.enrolmentId()).param("offerId", event.offerId())
                .param("citizenId", event.citizenId()).param("organisation", event.organisation())
                .param("referringSector", event.referringSector())
                .param("providerOrganisation", event.providerOrganisation()).param("sequence", sequence)
                .param("waitlistedOn", event.waitlistedOn())
                .update();
    }

    @EventHandler
    void on(CitizenEnrolledEvent event) {
        if (erased.contains(event.citizenId())) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO enrolment (enrolment_id, offer_id, citizen_id, organisation, referring_sector,
                                               provider_organisation, status, enrolled_on, from_waitlist,
                                               punch_card_visits, visits_remaining)
                        VALUES (:enrolmentId, :offerId, :citizenId, :organisation, :referringSector,
                                :providerOrganisation, 'ENROLLED', :enrolledOn, :fromWaitlist, :punchCardVisits,
                                :punchCardVisits)
                        ON CONFLICT (enrolment_id) DO UPDATE
                        SET status = 'ENROLLED', enrolled_on = excluded.enrolled_on, from_waitlist = TRUE,
                            punch_card_visits = excluded.punch_card_visits,
                            visits_remaining = excluded.visits_remaining
                        WHERE enrolment.status = 'WAITLISTED'""")
                .paramSource(event)
                .update();
    }

    @EventHandler
    void on(EnrolmentStartedEvent event) {
        jdbc.sql("""
                        UPDATE enrolment SET status = 'STARTED', started_on = :startedOn, planned_end_on = :plannedEndOn
                        WHERE enrolment_id = :enrolmentId AND status = 'ENROLLED'""")
                .paramSource(event)
                .update();
    }

    @EventHandler
    void on(PunchCardVisitUsedEvent event) {
        jdbc.sql("""
                        UPDATE enrolment SET visits_remaining = :visitsRemaining
                        WHERE enrolment_id = :enrolmentId AND visits_remaining > :visitsRemaining""")
                .paramSource(event)
                .update();
    }

    @EventHandler
    void on(EnrolmentEndedEvent event) {
        jdbc.sql("""
                        UPDATE enrolment SET status = 'ENDED', ended_on = :endedOn, outcome = :outcome
                        WHERE enrolment_id = :enrolmentId""")
                .param("endedOn", event.endedOn()).param("outcome", event.outcome().name())
                .param("enrolmentId", event.enrolmentId())
                .update();
    }

    /** An erased citizen's enrolments go; the offers' seat counts go with them. */
    @Override
    public void erase(UUID citizenId) {
        jdbc.sql("DELETE FROM enrolment WHERE citizen_id = ?").param(citizenId).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM enrolment").update();
    }

    @QueryHandler
    Optional<EnrolmentView> handle(FindEnrolmentQuery query) {
        return jdbc.sql(SELECT + " WHERE e.enrolment_id = ?").param(query.enrolmentId())
                .query(EnrolmentProjection::view).optional();
    }

    @QueryHandler
    List<EnrolmentView> handle(FindEnrolmentsOfCitizenQuery query) {
        return jdbc.sql(SELECT + """
                         WHERE e.citizen_id = ?
                         ORDER BY coalesce(e.enrolled_on, e.waitlisted_on) DESC, e.enrolment_id""")
                .param(query.citizenId())
                .query(EnrolmentProjection::view).list();
    }

    @QueryHandler
    List<EnrolmentView> handle(FindEnrolmentsOnOfferQuery query) {
        return jdbc.sql(SELECT + """
                         WHERE e.offer_id = :offerId AND (:includeEnded OR e.status <> 'ENDED')
                         ORDER BY CASE e.status WHEN 'STARTED' THEN 0 WHEN 'ENROLLED' THEN 1
                                                WHEN 'WAITLISTED' THEN 2 ELSE 3 END,
                                  e.waitlist_seq NULLS FIRST, e.enrolled_on, e.enrolment_id""")
                .param("offerId", query.offerId()).param("includeEnded", query.includeEnded())
                .query(EnrolmentProjection::view).list();
    }

    private static EnrolmentView view(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        Object position = rs.getObject("position");
        return new EnrolmentView(rs.getObject("enrolment_id", UUID.class), rs.getObject("offer_id", UUID.class),
                rs.getObject("citizen_id", UUID.class), rs.getString("organisation"),
                rs.getString("referring_sector"), rs.getString("provider_organisation"),
                EnrolmentStatus.valueOf(rs.getString("status")),
                position == null ? null : ((Number) position).intValue(),
                date(rs, "waitlisted_on"), date(rs, "enrolled_on"), rs.getBoolean("from_waitlist"),
                date(rs, "started_on"), date(rs, "planned_end_on"), date(rs, "ended_on"),
                outcome == null ? null : EnrolmentOutcome.valueOf(outcome),
                (Integer) rs.getObject("punch_card_visits"), (Integer) rs.getObject("visits_remaining"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}

package dk.tvaers.coordination.referral.query;

import dk.tvaers.coordination.referral.api.FindReferralQuery;
import dk.tvaers.coordination.referral.api.FindReferralsOfCitizenQuery;
import dk.tvaers.coordination.referral.api.FindReferralsOfSectorQuery;
import dk.tvaers.coordination.referral.api.ReferralSentEvent;
import dk.tvaers.coordination.referral.api.ReferralStatus;
import dk.tvaers.coordination.referral.api.ReferralStatusChangedEvent;
import dk.tvaers.coordination.referral.api.ReferralUnansweredEvent;
import dk.tvaers.coordination.referral.api.ReferralView;
import dk.tvaers.platform.privacy.PersonalDataCipher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every referral with its current status, for both sectors and the coordinator. */
@Component
@ProcessingGroup(ReferralProjection.GROUP)
public class ReferralProjection {

    public static final String GROUP = "referrals";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    ReferralProjection(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @EventHandler
    void on(ReferralSentEvent event, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO referral (referral_id, citizen_id, from_sector, from_organisation, sent_by,
                                              to_sector, to_organisation, reason, sub_goal_id, sent_on, answer_by,
                                              status, unanswered, last_changed_by, last_changed_at)
                        VALUES (:referralId, :citizenId, :fromSector, :fromOrganisation, :sentBy, :toSector,
                                :toOrganisation, :reason, :subGoalId, :sentOn, :answerBy, 'sent', false, :sentBy, :at)
                        ON CONFLICT (referral_id) DO NOTHING""")
                .param("referralId", event.referralId())
                .param("citizenId", event.citizenId())
                .param("fromSector", event.fromSector())
                .param("fromOrganisation", event.fromOrganisation())
                .param("sentBy", event.sentBy())
                .param("toSector", event.toSector())
                .param("toOrganisation", event.toOrganisation())
                .param("reason", cipher.seal(event.citizenId(), event.reason()))
                .param("subGoalId", event.subGoalId())
                .param("sentOn", event.sentOn())
                .param("answerBy", event.answerBy())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    @EventHandler
    void on(ReferralStatusChangedEvent event, @Timestamp Instant at) {
        jdbc.sql("""
                        UPDATE referral SET status = :status, rejection_reason = :rejectionReason, note = :note,
                                            unanswered = (unanswered AND :status = 'sent'),
                                            last_changed_by = :changedBy, last_changed_at = :at
                        WHERE referral_id = :referralId""")
                .param("referralId", event.referralId())
                .param("status", event.status().code())
                .param("rejectionReason", event.rejectionReason() == null ? null : event.rejectionReason().code())
                .param("note", cipher.seal(event.citizenId(), event.note()))
                .param("changedBy", event.changedBy())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    @EventHandler
    void on(ReferralUnansweredEvent event) {
        jdbc.sql("UPDATE referral SET unanswered = true WHERE referral_id = ? AND status = ?")
                .params(event.referralId(), ReferralStatus.SENT.code())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM referral").update();
    }

    @QueryHandler
    Optional<ReferralView> handle(FindReferralQuery query) {
        return jdbc.sql("SELECT * FROM referral WHERE referral_id = ?").param(query.referralId())
                .query(this::view).optional();
    }

    @QueryHandler
    List<ReferralView> handle(FindReferralsOfCitizenQuery query) {
        return jdbc.sql("SELECT * FROM referral WHERE citizen_id = ? ORDER BY sent_on DESC, last_changed_at DESC")
                .param(query.citizenId())
                .query(this::view).list();
    }

    @QueryHandler
    List<ReferralView> handle(FindReferralsOfSectorQuery query) {
        String side = query.incoming() ? "to" : "from";
        return jdbc.sql("SELECT * FROM referral WHERE " + side + "_sector = ? AND " + side + "_organisation = ?"
                        + " ORDER BY unanswered DESC, sent_on DESC, last_changed_at DESC")
                .params(query.sector(), query.organisation())
                .query(this::view).list();
    }

    /** Reasons and notes are sealed with the citizen's key; an erased citizen's read as nothing. */
    private ReferralView view(ResultSet rs, int row) throws SQLException {
        UUID citizenId = rs.getObject("citizen_id", UUID.class);
        return new ReferralView(rs.getObject("referral_id", UUID.class), citizenId,
                rs.getString("from_sector"), rs.getString("from_organisation"), rs.getString("sent_by"),
                rs.getString("to_sector"), rs.getString("to_organisation"),
                cipher.open(citizenId, rs.getString("reason")).orElse(null),
                rs.getObject("sub_goal_id", UUID.class), rs.getObject("sent_on", LocalDate.class),
                rs.getObject("answer_by", LocalDate.class), rs.getString("status"), rs.getBoolean("unanswered"),
                rs.getString("rejection_reason"), cipher.open(citizenId, rs.getString("note")).orElse(null),
                rs.getString("last_changed_by"),
                rs.getObject("last_changed_at", OffsetDateTime.class).toInstant());
    }
}

package dk.tvaers.coordination.meeting.query;

import dk.tvaers.coordination.meeting.api.AgendaItem;
import dk.tvaers.coordination.meeting.api.FindMeetingQuery;
import dk.tvaers.coordination.meeting.api.FindMeetingsOfCitizenQuery;
import dk.tvaers.coordination.meeting.api.MeetingCancelledEvent;
import dk.tvaers.coordination.meeting.api.MeetingDecisionRecordedEvent;
import dk.tvaers.coordination.meeting.api.MeetingScheduledEvent;
import dk.tvaers.coordination.meeting.api.MeetingView;
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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Coordination meetings with their agenda and decisions. */
@Component
@ProcessingGroup(MeetingProjection.GROUP)
public class MeetingProjection {

    public static final String GROUP = "meetings";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    MeetingProjection(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @EventHandler
    void on(MeetingScheduledEvent event) {
        int inserted = jdbc.sql("""
                        INSERT INTO meeting (meeting_id, citizen_id, organisation, scheduled_by, scheduled_by_sector,
                                             starts_at, location, sectors, citizen_invited, status)
                        VALUES (:meetingId, :citizenId, :organisation, :scheduledBy, :scheduledBySector, :startsAt,
                                :location, :sectors, :citizenInvited, 'scheduled')
                        ON CONFLICT (meeting_id) DO NOTHING""")
                .param("meetingId", event.meetingId())
                .param("citizenId", event.citizenId())
                .param("organisation", event.organisation())
                .param("scheduledBy", event.scheduledBy())
                .param("scheduledBySector", event.scheduledBySector())
                .param("startsAt", utc(event.startsAt()))
                .param("location", event.location())
                .param("sectors", String.join(",", event.sectors()))
                .param("citizenInvited", event.citizenInvited())
                .update();
        if (inserted == 0) {
            return;
        }
        int position = 0;
        for (AgendaItem item : event.agenda()) {
            jdbc.sql("""
                            INSERT INTO meeting_agenda_item (meeting_id, position, sub_goal_id, owning_sector, status)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(event.meetingId(), position++, item.subGoalId(), item.owningSector(), item.status())
                    .update();
        }
    }

    @EventHandler
    void on(MeetingDecisionRecordedEvent event, @Timestamp Instant at) {
        jdbc.sql("""
                        INSERT INTO meeting_decision (decision_id, meeting_id, sub_goal_id, text, responsible_sector,
                                                      due_on, recorded_by, recorded_at)
                        VALUES (:decisionId, :meetingId, :subGoalId, :text, :responsibleSector, :dueOn, :recordedBy,
                                :at)
                        ON CONFLICT (decision_id) DO NOTHING""")
                .param("decisionId", event.decisionId())
                .param("meetingId", event.meetingId())
                .param("subGoalId", event.subGoalId())
                .param("text", cipher.seal(event.citizenId(), event.text()))
                .param("responsibleSector", event.responsibleSector())
                .param("dueOn", event.dueOn())
                .param("recordedBy", event.recordedBy())
                .param("at", utc(at))
                .update();
        jdbc.sql("UPDATE meeting SET status = 'held' WHERE meeting_id = ?").param(event.meetingId()).update();
    }

    @EventHandler
    void on(MeetingCancelledEvent event) {
        jdbc.sql("UPDATE meeting SET status = 'cancelled', cancellation_reason = ? WHERE meeting_id = ?")
                .params(cipher.seal(event.citizenId(), event.reason()), event.meetingId())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM meeting_decision").update();
        jdbc.sql("DELETE FROM meeting_agenda_item").update();
        jdbc.sql("DELETE FROM meeting").update();
    }

    @QueryHandler
    Optional<MeetingView> handle(FindMeetingQuery query) {
        return jdbc.sql("SELECT * FROM meeting WHERE meeting_id = ?").param(query.meetingId())
                .query(this::view).optional();
    }

    @QueryHandler
    List<MeetingView> handle(FindMeetingsOfCitizenQuery query) {
        return jdbc.sql("SELECT * FROM meeting WHERE citizen_id = ? ORDER BY starts_at DESC")
                .param(query.citizenId())
                .query(this::view).list();
    }

    /** Decisions and reasons are sealed with the citizen's key; an erased citizen's read as nothing. */
    private MeetingView view(ResultSet rs, int row) throws SQLException {
        UUID meetingId = rs.getObject("meeting_id", UUID.class);
        UUID citizenId = rs.getObject("citizen_id", UUID.class);
        List<AgendaItem> agenda = jdbc.sql("""
                        SELECT sub_goal_id, owning_sector, status FROM meeting_agenda_item
                        WHERE meeting_id = ? ORDER BY position""")
                .param(meetingId).query(AgendaItem.class).list();
        List<MeetingView.Decision> decisions = jdbc.sql("""
                        SELECT * FROM meeting_decision WHERE meeting_id = ? ORDER BY recorded_at""")
                .param(meetingId)
                .query((d, n) -> new MeetingView.Decision(d.getObject("decision_id", UUID.class),
                        d.getObject("sub_goal_id", UUID.class), cipher.open(citizenId, d.getString("text")).orElse(null),
                        d.getString("responsible_sector"), d.getObject("due_on", LocalDate.class),
                        d.getString("recorded_by"), d.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list();
        return new MeetingView(meetingId, citizenId, rs.getString("organisation"),
                rs.getString("scheduled_by"), rs.getString("scheduled_by_sector"),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(), rs.getString("location"),
                Arrays.asList(rs.getString("sectors").split(",")), rs.getBoolean("citizen_invited"),
                rs.getString("status"), cipher.open(citizenId, rs.getString("cancellation_reason")).orElse(null), agenda,
                decisions);
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}

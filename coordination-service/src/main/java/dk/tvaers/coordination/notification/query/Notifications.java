package dk.tvaers.coordination.notification.query;

import dk.tvaers.coordination.notification.api.Notification;
import dk.tvaers.coordination.notification.api.Recipients;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The caseworkers' notification feeds. Each notification is written once per recipient (keyed by the
 * event that caused it), so a redelivered or reprocessed event notifies nobody twice.
 */
@Component
public class Notifications {

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What to tell, because of {@code cause}; {@code parties} see it whatever the consent ({@link Notification}). */
    public record Notice(String cause, UUID citizenId, String sector, String category, String kind, String text,
                         List<String> parties) {

        public Notice(String cause, UUID citizenId, String sector, String category, String kind, String text) {
            this(cause, citizenId, sector, category, kind, text, List.of());
        }
    }

    public void send(Notice notice, Collection<String> recipients) {
        for (String recipient : new LinkedHashSet<>(recipients)) {
            jdbc.sql("""
                            INSERT INTO notification (notification_key, cause, recipient, citizen_id, sector,
                                                      category, parties, kind, text)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                            ON CONFLICT (notification_key) DO NOTHING""")
                    .params(notice.cause() + "|" + recipient, notice.cause(), recipient, notice.citizenId(),
                            notice.sector(), notice.category(),
                            notice.parties().isEmpty() ? null : String.join(",", notice.parties()), notice.kind(),
                            notice.text())
                    .update();
        }
    }

    /** The citizen's coordinator, if any. */
    public Optional<String> coordinatorOf(UUID citizenId) {
        return jdbc.sql("SELECT caseworker_id FROM coordinator WHERE citizen_id = ?").param(citizenId)
                .query(String.class).optional().map(Recipients::user);
    }

    /** The caseworkers of the sectors involved with the citizen, and their teams. */
    public Set<String> involvedWith(UUID citizenId) {
        Set<String> recipients = new LinkedHashSet<>();
        jdbc.sql("SELECT sector, organisation, caseworker_id FROM involved_sector WHERE citizen_id = ?")
                .param(citizenId)
                .query((rs, row) -> {
                    recipients.add(Recipients.user(rs.getString("caseworker_id")));
                    recipients.add(Recipients.team(rs.getString("sector"), rs.getString("organisation")));
                    return null;
                }).list();
        return recipients;
    }

    /**
     * The feed of someone who is {@code recipients} (themselves and their team), newest first. A notice addressed
     * both to them and to their team is in it once, as their own (whose read mark is theirs alone); one they had
     * before {@code afterId} is not new again.
     */
    public List<Notification> feed(Collection<String> recipients, long afterId, boolean unreadOnly, int limit) {
        return jdbc.sql("""
                        SELECT * FROM (
                            SELECT DISTINCT ON (n.cause) n.* FROM notification n
                            WHERE n.recipient IN (:recipients) AND n.id > :after
                            AND NOT EXISTS (SELECT 1 FROM notification earlier
                                            WHERE earlier.cause = n.cause AND earlier.recipient IN (:recipients)
                                            AND earlier.id <= :after)
                            ORDER BY n.cause, (n.recipient LIKE 'user:%') DESC, n.id
                        ) once WHERE (:unreadOnly = false OR once.read_at IS NULL)
                        ORDER BY once.id DESC LIMIT :limit""")
                .param("recipients", recipients)
                .param("after", afterId)
                .param("unreadOnly", unreadOnly)
                .param("limit", limit)
                .query((rs, row) -> new Notification(rs.getLong("id"), rs.getObject("citizen_id", UUID.class),
                        rs.getString("kind"), rs.getString("text"), rs.getString("sector"), rs.getString("category"),
                        rs.getString("parties") == null ? List.of() : Arrays.asList(rs.getString("parties").split(",")),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("read_at", OffsetDateTime.class) != null))
                .list();
    }

    /** Marks one of the recipient's notifications read; {@code false} if it is not theirs. */
    public boolean markRead(long id, Collection<String> recipients) {
        return jdbc.sql("""
                        UPDATE notification SET read_at = COALESCE(read_at, now())
                        WHERE id = :id AND recipient IN (:recipients)""")
                .param("id", id)
                .param("recipients", recipients)
                .update() == 1;
    }

    public void forget(UUID citizenId) {
        jdbc.sql("DELETE FROM notification WHERE citizen_id = ?").param(citizenId).update();
    }
}

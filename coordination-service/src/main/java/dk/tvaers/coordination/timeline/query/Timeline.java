package dk.tvaers.coordination.timeline.query;

import dk.tvaers.coordination.timeline.api.FindTimelineQuery;
import dk.tvaers.coordination.timeline.api.TimelineEntry;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The citizen's cross-sector timeline: one row per thing that happened. Written by the timeline projection
 * (this service's own events, {@code source = 'events'}), by the plan listener (plan-service's events,
 * {@code source = 'plan'}) and by the offer listener (offer-service's, {@code source = 'offers'}); idempotent
 * on the entry id.
 */
@Component
public class Timeline {

    static final String OWN_EVENTS = "events";
    static final String PLAN_EVENTS = "plan";
    static final String OFFER_EVENTS = "offers";

    private final JdbcClient jdbc;

    Timeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void addFromPlan(UUID entryId, UUID citizenId, Instant occurredAt, String sector, String category,
                            String kind, String summary) {
        add(entryId, citizenId, occurredAt, sector, category, List.of(), kind, summary, PLAN_EVENTS);
    }

    public void addFromOffers(UUID entryId, UUID citizenId, Instant occurredAt, String sector, String category,
                              String kind, String summary) {
        add(entryId, citizenId, occurredAt, sector, category, List.of(), kind, summary, OFFER_EVENTS);
    }

    void add(UUID entryId, UUID citizenId, Instant occurredAt, String sector, String category, List<String> parties,
             String kind, String summary, String source) {
        jdbc.sql("""
                        INSERT INTO timeline_entry (entry_id, citizen_id, occurred_at, sector, category, parties, kind,
                                                    summary, source)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (entry_id) DO NOTHING""")
                .params(entryId, citizenId, OffsetDateTime.ofInstant(occurredAt, ZoneOffset.UTC), sector, category,
                        parties.isEmpty() ? null : String.join(",", parties), kind, summary, source)
                .update();
    }

    private static List<String> parties(String column) {
        return column == null ? List.of() : Arrays.asList(column.split(","));
    }

    void clearOwnEvents() {
        jdbc.sql("DELETE FROM timeline_entry WHERE source = ?").param(OWN_EVENTS).update();
    }

    public void forget(UUID citizenId) {
        jdbc.sql("DELETE FROM timeline_entry WHERE citizen_id = ?").param(citizenId).update();
    }

    @QueryHandler
    List<TimelineEntry> handle(FindTimelineQuery query) {
        return jdbc.sql("""
                        SELECT entry_id, citizen_id, occurred_at, sector, category, parties, kind, summary
                        FROM timeline_entry
                        WHERE citizen_id = ? ORDER BY occurred_at DESC, entry_id LIMIT ?""")
                .params(query.citizenId(), query.limit())
                .query((rs, row) -> new TimelineEntry(rs.getObject("entry_id", UUID.class),
                        rs.getObject("citizen_id", UUID.class),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("sector"),
                        rs.getString("category"), parties(rs.getString("parties")), rs.getString("kind"),
                        rs.getString("summary")))
                .list();
    }
}

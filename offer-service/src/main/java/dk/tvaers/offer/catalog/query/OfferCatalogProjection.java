package dk.tvaers.offer.catalog.query;

import dk.tvaers.offer.catalog.api.CatalogPage;
import dk.tvaers.offer.catalog.api.DoubleBilledItem;
import dk.tvaers.offer.catalog.api.FindCatalogQuery;
import dk.tvaers.offer.catalog.api.FindOfferQuery;
import dk.tvaers.offer.catalog.api.FindOfferVersionsQuery;
import dk.tvaers.offer.catalog.api.OfferChangedEvent;
import dk.tvaers.offer.catalog.api.OfferDetails;
import dk.tvaers.offer.catalog.api.OfferPublishedEvent;
import dk.tvaers.offer.catalog.api.OfferRetiredEvent;
import dk.tvaers.offer.catalog.api.OfferVersionView;
import dk.tvaers.offer.catalog.api.OfferView;
import dk.tvaers.offer.catalog.api.PriceList;
import dk.tvaers.offer.catalog.api.SearchOffersQuery;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The catalog read model: each offer as it now is, its history, and search over it. */
@Component
@ProcessingGroup(OfferCatalogProjection.GROUP)
public class OfferCatalogProjection {

    public static final String GROUP = "offer-catalog";

    private static final TypeReference<List<DoubleBilledItem>> DOUBLE_BILLED = new TypeReference<>() {
    };
    private static final String SELECT = """
            SELECT o.*, coalesce(s.seats_taken, 0) AS seats_taken, coalesce(s.waiting, 0) AS waiting
            FROM offer o LEFT JOIN offer_seats s ON s.offer_id = o.offer_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    OfferCatalogProjection(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(OfferPublishedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        upsertOffer(event.offerId(), event.organisation(), event.version(), event.details(), event.prices(),
                event.doubleBilledItems(), at, true);
        version(event.offerId(), event.version(), "PUBLISHED", event.details(), event.prices(),
                event.doubleBilledItems(), event.publishedBy(), at);
    }

    @EventHandler
    void on(OfferChangedEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        upsertOffer(event.offerId(), event.organisation(), event.version(), event.details(), event.prices(),
                event.doubleBilledItems(), at, false);
        version(event.offerId(), event.version(), event.change().name(), event.details(), event.prices(),
                event.doubleBilledItems(), event.changedBy(), at);
    }

    @EventHandler
    void on(OfferRetiredEvent event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("""
                        UPDATE offer SET status = 'RETIRED', version = :version, retired_on = :retiredOn,
                                         changed_at = :at
                        WHERE offer_id = :offerId AND version < :version""")
                .param("version", event.version()).param("retiredOn", event.retiredOn())
                .param("at", Timestamp.from(at)).param("offerId", event.offerId())
                .update();
        jdbc.sql("""
                        INSERT INTO offer_version (offer_id, version, change, details, prices, double_billed,
                                                   changed_by, changed_at)
                        SELECT offer_id, :version, 'RETIRED', details, prices, double_billed, :by, :at
                        FROM offer WHERE offer_id = :offerId
                        ON CONFLICT (offer_id, version) DO NOTHING""")
                .param("version", event.version()).param("by", event.retiredBy()).param("at", Timestamp.from(at))
                .param("offerId", event.offerId())
                .update();
    }

    /**
     * An ILIKE pattern for text containing {@code words} as typed: the user's {@code %} and {@code _} are
     * themselves, not wildcards, and so is a backslash (the pattern's escape character).
     */
    static String containing(String words) {
        return "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private void upsertOffer(UUID offerId, String organisation, int version, OfferDetails details,
                             PriceList prices, List<DoubleBilledItem> doubleBilled, Instant at, boolean published) {
        jdbc.sql("""
                        INSERT INTO offer (offer_id, organisation, version, status, title, kind, access,
                                           provider_organisation, needs, sectors, function_level, weekly_hours,
                                           capacity, details, prices, double_billed, published_at, changed_at)
                        VALUES (:offerId, :organisation, :version, 'PUBLISHED', :title, :kind, :access, :provider,
                                string_to_array(:needs, ','), string_to_array(:sectors, ','), :functionLevel,
                                :weeklyHours, :capacity, CAST(:details AS jsonb), CAST(:prices AS jsonb),
                                CAST(:doubleBilled AS jsonb), :at, :at)
                        ON CONFLICT (offer_id) DO UPDATE
                        SET version = excluded.version, title = excluded.title, kind = excluded.kind,
                            access = excluded.access, provider_organisation = excluded.provider_organisation,
                            needs = excluded.needs, sectors = excluded.sectors,
                            function_level = excluded.function_level, weekly_hours = excluded.weekly_hours,
                            capacity = excluded.capacity, details = excluded.details, prices = excluded.prices,
                            double_billed = excluded.double_billed, changed_at = excluded.changed_at
                        WHERE offer.version < excluded.version""")
                .param("offerId", offerId).param("organisation", organisation).param("version", version)
                .param("title", details.title()).param("kind", details.kind().name())
                .param("access", details.access().name()).param("provider", details.provider().organisation())
                .param("needs", String.join(",", details.needs()))
                .param("sectors", String.join(",", details.sectors()))
                .param("functionLevel", details.functionLevel()).param("weeklyHours", details.weeklyHours())
                .param("capacity", details.capacity())
                .param("details", json.writeValueAsString(details))
                .param("prices", prices == null ? null : json.writeValueAsString(prices))
                .param("doubleBilled", json.writeValueAsString(doubleBilled))
                .param("at", Timestamp.from(at))
                .update();
    }

    private void version(UUID offerId, int version, String change, OfferDetails details, PriceList prices,
                         List<DoubleBilledItem> doubleBilled, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO offer_version (offer_id, version, change, details, prices, double_billed,
                                                   changed_by, changed_at)
                        VALUES (:offerId, :version, :change, CAST(:details AS jsonb), CAST(:prices AS jsonb),
                                CAST(:doubleBilled AS jsonb), :by, :at)
                        ON CONFLICT (offer_id, version) DO NOTHING""")
                .param("offerId", offerId).param("version", version).param("change", change)
                .param("details", json.writeValueAsString(details))
                .param("prices", prices == null ? null : json.writeValueAsString(prices))
                .param("doubleBilled", json.writeValueAsString(doubleBilled))
                .param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM offer_version").update();
        jdbc.sql("DELETE FROM offer").update();
    }

    @QueryHandler
    Optional<OfferView> handle(FindOfferQuery query) {
        return jdbc.sql(SELECT + " WHERE o.offer_id = ?").param(query.offerId()).query(this::offer).optional();
    }

    @QueryHandler
    List<OfferVersionView> handle(FindOfferVersionsQuery query) {
        return jdbc.sql("SELECT * FROM offer_version WHERE offer_id = ? ORDER BY version")
                .param(query.offerId())
                .query((rs, n) -> new OfferVersionView(rs.getObject("offer_id", UUID.class),
                        rs.getInt("version"), rs.getString("change"),
                        json.readValue(rs.getString("details"), OfferDetails.class),
                        rs.getString("prices") == null ? null : json.readValue(rs.getString("prices"), PriceList.class),
                        json.readValue(rs.getString("double_billed"), DOUBLE_BILLED),
                        rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    @QueryHandler
    CatalogPage handle(FindCatalogQuery query) {
        long total = jdbc.sql("SELECT count(*) FROM offer").query(Long.class).single();
        List<OfferView> offers = jdbc.sql(SELECT + " ORDER BY o.published_at, o.offer_id LIMIT :size OFFSET :offset")
                .param("size", query.size()).param("offset", (long) query.page() * query.size())
                .query(this::offer).list();
        return new CatalogPage(offers, total);
    }

    @QueryHandler
    CatalogPage handle(SearchOffersQuery query) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        Map<String, Object> params = new HashMap<>();
        if (!query.includeRetired()) {
            where.append(" AND o.status = 'PUBLISHED'");
        }
        if (!query.needs().isEmpty()) {
            where.append(" AND o.needs && CAST(string_to_array(:needs, ',') AS varchar[])");
        }
        params.put("needs", String.join(",", query.needs()));
        if (query.sector() != null) {
            where.append(" AND :sector = ANY (o.sectors)");
            params.put("sector", query.sector());
        }
        if (query.functionLevel() != null) {
            where.append(" AND o.function_level = :functionLevel");
            params.put("functionLevel", query.functionLevel());
        }
        if (query.minHours() != null) {
            where.append(" AND o.weekly_hours >= :minHours");
            params.put("minHours", query.minHours());
        }
        if (query.maxHours() != null) {
            where.append(" AND o.weekly_hours <= :maxHours");
            params.put("maxHours", query.maxHours());
        }
        if (query.provider() != null) {
            where.append(" AND o.provider_organisation = :provider");
            params.put("provider", query.provider());
        }
        if (query.access() != null) {
            where.append(" AND o.access = :access");
            params.put("access", query.access().name());
        }
        if (query.kind() != null) {
            where.append(" AND o.kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.withFreeSeats()) {
            where.append(" AND (o.capacity IS NULL OR coalesce(s.seats_taken, 0) < o.capacity)");
        }
        if (query.doubleBilledOnly()) {
            where.append(" AND jsonb_array_length(o.double_billed) > 0");
        }
        if (query.text() != null) {
            where.append(" AND (o.title ILIKE :text ESCAPE '\\'"
                    + " OR o.details ->> 'description' ILIKE :text ESCAPE '\\'"
                    + " OR o.details ->> 'targetGroup' ILIKE :text ESCAPE '\\')");
            params.put("text", containing(query.text()));
        }
        long total = jdbc.sql("SELECT count(*) FROM offer o LEFT JOIN offer_seats s ON s.offer_id = o.offer_id"
                        + where)
                .params(params).query(Long.class).single();
        List<OfferView> offers = jdbc.sql(SELECT + where + " " + """
                         ORDER BY cardinality(ARRAY(SELECT unnest(o.needs)
                                                    INTERSECT SELECT unnest(string_to_array(:needs, ',')))) DESC,
                                  (o.capacity IS NULL OR coalesce(s.seats_taken, 0) < o.capacity) DESC,
                                  coalesce(s.waiting, 0),
                                  o.title, o.offer_id
                         LIMIT :size OFFSET :offset""")
                .params(params).param("size", query.size()).param("offset", (long) query.page() * query.size())
                .query(this::offer).list();
        return new CatalogPage(offers, total);
    }

    private OfferView offer(ResultSet rs, int row) throws SQLException {
        OfferDetails details = json.readValue(rs.getString("details"), OfferDetails.class);
        String prices = rs.getString("prices");
        int seatsTaken = rs.getInt("seats_taken");
        Integer capacity = (Integer) rs.getObject("capacity");
        Timestamp published = rs.getTimestamp("published_at");
        Timestamp changed = rs.getTimestamp("changed_at");
        java.sql.Date retired = rs.getDate("retired_on");
        return new OfferView(rs.getObject("offer_id", UUID.class), rs.getString("organisation"),
                rs.getInt("version"), rs.getString("status"), details,
                prices == null ? null : json.readValue(prices, PriceList.class),
                json.readValue(rs.getString("double_billed"), DOUBLE_BILLED), seatsTaken,
                capacity == null ? null : Math.max(0, capacity - seatsTaken), rs.getInt("waiting"),
                published.toInstant(), changed.toInstant(), retired == null ? null : retired.toLocalDate());
    }
}

package dk.tvaers.coordination.notification.api;

import dk.tvaers.platform.privacy.CitizenData;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A notice in a caseworker's feed, addressed to them or to their sector's team. {@code text} is in Danish.
 * {@code sector} and {@code category} say whose information it tells of, so the feed honours consent;
 * {@code parties} are the sectors that take part in what it tells of (a meeting's) and see it regardless.
 */
public record Notification(long id, UUID citizenId, String kind, String text, String sector, String category,
                           List<String> parties, Instant createdAt, boolean read) implements CitizenData {

    public Notification {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}

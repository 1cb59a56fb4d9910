package dk.tvaers.coordination.notification.api;

import dk.tvaers.platform.privacy.CitizenData;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice in a caseworker's feed, addressed to them or to their sector's team. {@code text} is in Danish.
 * {@code sector} and {@code category} say whose information it tells of, so the feed honours consent.
 */
public record Notification(long id, UUID citizenId, String kind, String text, String sector, String category,
                           Instant createdAt, boolean read) implements CitizenData {
}

package dk.tvaers.coordination.timeline.api;

import java.util.UUID;

/** The citizen's timeline, newest first, at most {@code limit} entries. */
public record FindTimelineQuery(UUID citizenId, int limit) {
}

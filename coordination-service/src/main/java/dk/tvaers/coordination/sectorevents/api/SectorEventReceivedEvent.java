package dk.tvaers.coordination.sectorevents.api;

import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A sector system reported something about the citizen (an admission, a relapse, a benefit change...). */
@Revision("1")
public record SectorEventReceivedEvent(
        UUID eventId,
        @DataSubject UUID citizenId,
        String organisation,
        String sector,
        String eventType,
        Instant occurredAt,
        @Erasable Map<String, String> facts) {
}

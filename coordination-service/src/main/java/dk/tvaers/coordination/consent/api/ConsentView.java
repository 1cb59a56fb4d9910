package dk.tvaers.coordination.consent.api;

import dk.tvaers.platform.privacy.CitizenData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A consent as the sectors see it. {@code status} is {@code given}, {@code limited} or {@code withdrawn};
 * whether it is in force today also depends on the dates.
 */
public record ConsentView(UUID consentId, UUID citizenId, List<String> sectors, List<String> categories,
                          LocalDate validFrom, LocalDate validUntil, String status, String recordedBy,
                          Instant recordedAt, Instant withdrawnAt) implements CitizenData {
}

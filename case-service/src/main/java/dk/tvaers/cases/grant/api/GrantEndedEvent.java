package dk.tvaers.cases.grant.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * @param endedOn the last day the grant was in force
 * @param reason  {@code period-ended} or {@code revisited}
 */
@Revision("1")
public record GrantEndedEvent(UUID grantId, UUID citizenId, String organisation, String sector, GrantTerms terms,
                              LocalDate endedOn, String reason) {

    public static final String PERIOD_ENDED = "period-ended";
    public static final String REVISITED = "revisited";
}

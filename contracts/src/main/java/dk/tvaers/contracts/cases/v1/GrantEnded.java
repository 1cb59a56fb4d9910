package dk.tvaers.contracts.cases.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An approved grant is no longer in force.
 *
 * @param endedOn the last day the grant was in force
 * @param reason  {@code period-ended} (it reached its end date by itself) or {@code revisited} (ended at a
 *                revisitation)
 */
public record GrantEnded(UUID grantId, UUID offerId, BigDecimal hoursPerWeek, LocalDate validFrom,
                         LocalDate validUntil, String sector, String legalBasis, LocalDate endedOn, String reason)
        implements IntegrationPayload {

    public static final String PERIOD_ENDED = "period-ended";
    public static final String REVISITED = "revisited";

    public static final EventType<GrantEnded> TYPE = EventType.of("case.GrantEnded", 1, GrantEnded.class,
            Topics.CASE);
}

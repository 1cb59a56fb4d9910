package dk.tvaers.cases.grant.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.util.UUID;

@Revision("1")
public record FrameGrantDrawReleasedEvent(UUID frameGrantId, UUID grantId, UUID citizenId, BigDecimal hours,
                                          BigDecimal remainingHours) {
}

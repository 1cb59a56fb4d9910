package dk.tvaers.coordination.involvement.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** An accepted referral waits for the receiving sector to open its case for the citizen. */
@Revision("1")
public record ReceivingCaseAwaitedEvent(
        UUID citizenId,
        UUID referralId,
        String sector,
        String organisation) {
}

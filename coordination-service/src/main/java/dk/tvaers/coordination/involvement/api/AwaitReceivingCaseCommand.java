package dk.tvaers.coordination.involvement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A referral to {@code sector} of {@code organisation} was accepted on {@code acceptedOn}: the citizen's
 * involvement says whether that sector already has its case open, or waits for it.
 */
public record AwaitReceivingCaseCommand(
        @TargetAggregateIdentifier UUID citizenId,
        UUID referralId,
        String sector,
        String organisation,
        LocalDate acceptedOn) {
}

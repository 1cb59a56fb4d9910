package dk.tvaers.coordination.involvement.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Designate the citizen's coordinating caseworker (koordinerende sagsbehandler), or hand the role over to
 * another caseworker. The caseworker must be responsible for an involved sector's case; a hand-over needs a
 * reason.
 */
public record DesignateCoordinatorCommand(
        @TargetAggregateIdentifier UUID citizenId,
        String caseworkerId,
        String reason,
        String designatedBy) {
}

package dk.tvaers.cases.grant.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** A grant drawn from the frame was rejected: the frame gets its hours back. */
public record ReleaseFrameDrawCommand(@TargetAggregateIdentifier UUID frameGrantId, UUID grantId) {
}

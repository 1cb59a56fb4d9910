package dk.tvaers.plan.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/** The help has ended, earlier or later than planned. */
public record EndActivityCommand(@TargetAggregateIdentifier UUID planId, UUID activityId, LocalDate endedOn,
                                 String reason, String by, String sector) {
}

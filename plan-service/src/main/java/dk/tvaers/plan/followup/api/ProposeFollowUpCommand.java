package dk.tvaers.plan.followup.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Something happened that calls for a follow-up by {@code suggestedBy} (a discharge from psychiatry, a release
 * date from probation), as coordination-service proposes. The plan brings its next follow-up forward if it
 * is not already due by then.
 *
 * @param cause the proposal's cause code, e.g. {@code patient-discharged}
 */
public record ProposeFollowUpCommand(@TargetAggregateIdentifier UUID planId, UUID proposalId, String cause,
                                     String sector, LocalDate suggestedBy) {
}

package dk.tvaers.cases.caseload.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Make the caseworker a member of the team, measured against its recommended caseload.
 *
 * @param seed from the installation's configuration: a caseworker who has a team already keeps it
 */
public record AssignCaseworkerToTeamCommand(@TargetAggregateIdentifier String caseworkerId, String organisation,
                                            String teamId, int recommendedCaseload, boolean seed) {
}

package dk.tvaers.cases.caseload.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/**
 * Define a team of caseworkers with its recommended caseload (vejledende sagstal) and its caseworkers'
 * authority (bevillingskompetence) in support hours a week.
 *
 * @param seed a team from the installation's configuration: defining it again changes nothing
 */
public record DefineTeamCommand(@TargetAggregateIdentifier String teamId, String organisation, String sector,
                                String name, int recommendedCaseload, BigDecimal authorityHoursPerWeek,
                                boolean seed) {
}

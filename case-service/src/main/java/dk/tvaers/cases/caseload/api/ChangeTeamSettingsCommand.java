package dk.tvaers.cases.caseload.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** Change a team's name, recommended caseload and authority; a stale {@code expectedVersion} is a 409. */
public record ChangeTeamSettingsCommand(@TargetAggregateIdentifier String teamId, long expectedVersion, String name,
                                        int recommendedCaseload, BigDecimal authorityHoursPerWeek) {
}

package dk.tvaers.contracts.cases.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;

/**
 * A team of caseworkers was defined with its recommended caseload (vejledende sagstal). Concerns no citizen:
 * the envelope's citizenId is {@code null} and the Kafka key is the team id.
 *
 * @param team                the team's id, e.g. {@code voksen-holstebro}
 * @param sector              the sector the team works in
 * @param name                the team's name as the municipality writes it (never a person's name)
 * @param recommendedCaseload cases per caseworker the team aims at
 * @param definedOn           the day it was defined
 */
public record TeamDefined(String team, String sector, String name, int recommendedCaseload, LocalDate definedOn)
        implements IntegrationPayload {

    public static final EventType<TeamDefined> TYPE = EventType.of("case.TeamDefined", 1, TeamDefined.class,
            Topics.CASE);
}

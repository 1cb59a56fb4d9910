package dk.tvaers.contracts.cases.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;

/**
 * A team's name or recommended caseload (vejledende sagstal) changed; carries the settings as they now are.
 * Concerns no citizen: the envelope's citizenId is {@code null} and the Kafka key is the team id.
 */
public record TeamSettingsChanged(String team, String name, int recommendedCaseload, LocalDate changedOn)
        implements IntegrationPayload {

    public static final EventType<TeamSettingsChanged> TYPE = EventType.of("case.TeamSettingsChanged", 1,
            TeamSettingsChanged.class, Topics.CASE);
}

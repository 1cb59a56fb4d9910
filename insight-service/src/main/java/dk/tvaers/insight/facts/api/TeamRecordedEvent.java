package dk.tvaers.insight.facts.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A team was defined or its settings changed (case.TeamDefined/TeamSettingsChanged). {@code sector} is
 * {@code null} for a change of settings, which keeps the sector the team was defined with.
 */
@Revision("1")
public record TeamRecordedEvent(String organisation, String teamId, String sector, String name,
                                int recommendedCaseload, LocalDate recordedOn) {
}

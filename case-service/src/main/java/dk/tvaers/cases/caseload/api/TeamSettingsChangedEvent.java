package dk.tvaers.cases.caseload.api;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

@Revision("1")
public record TeamSettingsChangedEvent(String teamId, String organisation, String name, int recommendedCaseload,
                                       BigDecimal authorityHoursPerWeek) {
}

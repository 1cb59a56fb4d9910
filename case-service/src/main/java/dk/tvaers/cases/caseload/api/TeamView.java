package dk.tvaers.cases.caseload.api;

import java.math.BigDecimal;

public record TeamView(String teamId, String organisation, String sector, String name, int recommendedCaseload,
                       BigDecimal authorityHoursPerWeek, long version) {
}

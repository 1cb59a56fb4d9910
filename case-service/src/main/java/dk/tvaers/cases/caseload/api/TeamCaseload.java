package dk.tvaers.cases.caseload.api;

import java.math.BigDecimal;

/** A team's caseload in aggregate: no citizen and no single case in it. */
public record TeamCaseload(String teamId, String name, String sector, int recommendedCaseload, int caseworkers,
                           int openCases, BigDecimal averageCaseload, int caseworkersAboveRecommendation) {
}

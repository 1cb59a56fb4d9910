package dk.tvaers.cases.caseload.api;

import org.axonframework.serialization.Revision;

/** The caseworker's caseload is back at or below the recommended caseload. */
@Revision("1")
public record CaseloadWithinRecommendationEvent(String caseworkerId, String teamId, int caseload,
                                                Integer recommendedCaseload) {
}

package dk.tvaers.cases.caseload.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record RecommendedCaseloadChangedEvent(String caseworkerId, String teamId, int recommendedCaseload) {
}

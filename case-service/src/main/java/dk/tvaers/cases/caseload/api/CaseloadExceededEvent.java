package dk.tvaers.cases.caseload.api;

import org.axonframework.serialization.Revision;

/** The caseworker's caseload went above the team's recommended caseload: a warning until it is back. */
@Revision("1")
public record CaseloadExceededEvent(String caseworkerId, String organisation, String teamId, int caseload,
                                    int recommendedCaseload) {
}

package dk.tvaers.cases.caseload.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record CaseworkerJoinedTeamEvent(String caseworkerId, String organisation, String teamId,
                                        int recommendedCaseload) {
}

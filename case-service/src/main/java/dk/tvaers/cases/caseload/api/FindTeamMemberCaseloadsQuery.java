package dk.tvaers.cases.caseload.api;

public record FindTeamMemberCaseloadsQuery(String teamId) {
}

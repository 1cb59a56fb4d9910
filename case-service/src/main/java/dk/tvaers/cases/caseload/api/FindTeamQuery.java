package dk.tvaers.cases.caseload.api;

public record FindTeamQuery(String teamId) {
}

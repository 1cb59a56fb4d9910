package dk.tvaers.cases.caseload.api;

public record FindTeamCaseloadsQuery(String organisation) {
}

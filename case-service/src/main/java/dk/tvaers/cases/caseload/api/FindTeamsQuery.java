package dk.tvaers.cases.caseload.api;

public record FindTeamsQuery(String organisation) {
}

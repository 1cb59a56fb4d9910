package dk.tvaers.cases.caseload.api;

public record FindCaseloadQuery(String caseworkerId) {
}

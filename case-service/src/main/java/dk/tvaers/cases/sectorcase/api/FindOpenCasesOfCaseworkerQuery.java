package dk.tvaers.cases.sectorcase.api;

/** The open cases a caseworker is responsible for: their caseload. */
public record FindOpenCasesOfCaseworkerQuery(String caseworkerId) {
}

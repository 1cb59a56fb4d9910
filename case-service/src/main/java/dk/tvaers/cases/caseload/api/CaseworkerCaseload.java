package dk.tvaers.cases.caseload.api;

/**
 * One caseworker's caseload against the team's recommended caseload.
 *
 * @param warning the caseload is above the recommended caseload
 */
public record CaseworkerCaseload(String caseworkerId, String teamId, int caseload, Integer recommendedCaseload,
                                 boolean warning) {
}

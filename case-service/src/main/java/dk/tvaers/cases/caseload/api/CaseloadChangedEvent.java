package dk.tvaers.cases.caseload.api;

import org.axonframework.serialization.Revision;

/**
 * The caseworker's caseload or the recommendation it is measured against is now this: raised after every
 * change (a case added or removed, a team joined, a new recommendation), so caseloads can be followed over
 * time and not only when they exceed the recommendation.
 *
 * @param teamId              the caseworker's team, or {@code null} without one
 * @param recommendedCaseload the team's recommended caseload, or {@code null} without a team
 */
@Revision("1")
public record CaseloadChangedEvent(String caseworkerId, String organisation, String teamId, int caseload,
                                   Integer recommendedCaseload) {
}

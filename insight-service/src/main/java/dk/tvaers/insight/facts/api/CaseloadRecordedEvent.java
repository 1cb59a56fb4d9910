package dk.tvaers.insight.facts.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A caseworker's caseload from {@code changedOn} (case.CaseloadChanged). The caseworker's id is kept to follow
 * each caseload over time; figures show teams, never a caseworker.
 */
@Revision("1")
public record CaseloadRecordedEvent(String organisation, String caseworkerId, String teamId, int caseload,
                                    Integer recommendedCaseload, LocalDate changedOn) {
}

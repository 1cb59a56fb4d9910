package dk.tvaers.cases.caseload.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** @param caseload the caseworker's open cases after this one was removed */
@Revision("1")
public record CaseRemovedFromCaseloadEvent(String caseworkerId, UUID caseId, int caseload) {
}

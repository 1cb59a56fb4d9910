package dk.tvaers.cases.caseload.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** @param caseload the caseworker's open cases after this one was added */
@Revision("1")
public record CaseAddedToCaseloadEvent(String caseworkerId, UUID caseId, String organisation, int caseload) {
}

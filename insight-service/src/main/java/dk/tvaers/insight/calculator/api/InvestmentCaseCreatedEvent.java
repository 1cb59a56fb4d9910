package dk.tvaers.insight.calculator.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** An investment case was stored with its first assumptions (version 1) by {@code by}. */
@Revision("1")
public record InvestmentCaseCreatedEvent(UUID caseId, String organisation, Assumptions assumptions, String by) {
}

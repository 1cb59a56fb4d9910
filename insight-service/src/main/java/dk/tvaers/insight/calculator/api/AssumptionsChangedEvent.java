package dk.tvaers.insight.calculator.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The case's assumptions are now these (version {@code version}), changed by {@code by} because of {@code note}. */
@Revision("1")
public record AssumptionsChangedEvent(UUID caseId, String organisation, long version, Assumptions assumptions,
                                      String note, String by) {
}

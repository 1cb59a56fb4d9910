package dk.tvaers.insight.calculator.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An investment case as it is now, with every earlier version of its assumptions.
 *
 * @param version    the current version; a change must name it
 * @param changedBy  who made the current version
 * @param versions   every version, the first first
 */
public record InvestmentCaseView(UUID caseId, String title, long version, Assumptions assumptions, String changedBy,
                                 Instant changedAt, List<Version> versions) {

    /** One version of the assumptions: who set them, when and why. */
    public record Version(long version, Assumptions assumptions, String changedBy, Instant changedAt, String note) {
    }
}

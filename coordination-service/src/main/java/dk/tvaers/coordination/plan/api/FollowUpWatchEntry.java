package dk.tvaers.coordination.plan.api;

import dk.tvaers.platform.privacy.CitizenData;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A citizen whose plan's follow-up is {@code due} or {@code overdue}, on their coordinator's watch list, with
 * the sectors involved so the coordinator knows whom to gather.
 */
public record FollowUpWatchEntry(UUID citizenId, UUID planId, String status, LocalDate dueOn,
                                 LocalDate lastFollowUpOn, List<String> involvedSectors) implements CitizenData {
}

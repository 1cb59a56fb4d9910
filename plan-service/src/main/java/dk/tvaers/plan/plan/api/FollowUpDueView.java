package dk.tvaers.plan.plan.api;

import dk.tvaers.platform.privacy.CitizenData;

import java.time.LocalDate;
import java.util.UUID;

/** A plan whose follow-up falls due soon, is due or is overdue: for the coordinator's list. */
public record FollowUpDueView(UUID planId, UUID citizenId, LocalDate nextDueOn, String state, int frequencyMonths)
        implements CitizenData {
}

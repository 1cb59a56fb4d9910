package dk.tvaers.coordination.referral.api;

import java.util.UUID;

public record FindReferralsOfCitizenQuery(UUID citizenId) {
}

package dk.tvaers.offer.enrolment.api;

import dk.tvaers.platform.privacy.CitizenData;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A citizen's enrolment on an offer, as the referring sector and the provider see it.
 *
 * @param waitlistPosition 1 for next in line, while {@code WAITLISTED}; else {@code null}
 * @param visitsRemaining  visits left on a punch card; else {@code null}
 */
public record EnrolmentView(UUID enrolmentId, UUID offerId, UUID citizenId, String organisation,
                            String referringSector, String providerOrganisation, EnrolmentStatus status,
                            Integer waitlistPosition, LocalDate waitlistedOn, LocalDate enrolledOn,
                            boolean fromWaitlist, LocalDate startedOn, LocalDate plannedEndOn, LocalDate endedOn,
                            EnrolmentOutcome outcome, Integer punchCardVisits, Integer visitsRemaining)
        implements CitizenData {
}

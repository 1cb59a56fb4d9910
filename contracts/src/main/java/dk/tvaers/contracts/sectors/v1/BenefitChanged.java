package dk.tvaers.contracts.sectors.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;

import java.time.LocalDate;

/**
 * The citizen's benefit (ydelse) changed: started, ended or replaced by another.
 * Published by the jobcenter's own system on {@link SectorTopics#JOBCENTER}, keyed by the
 * citizen's pseudonymous id.
 */
public record BenefitChanged(String previousBenefit,
                             String newBenefit,
                             LocalDate effectiveFrom) implements IntegrationPayload {

    public static final EventType<BenefitChanged> TYPE =
            EventType.of("sectors.BenefitChanged", 1, BenefitChanged.class, SectorTopics.JOBCENTER);
}

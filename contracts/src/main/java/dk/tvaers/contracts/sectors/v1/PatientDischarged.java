package dk.tvaers.contracts.sectors.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The citizen was discharged from psychiatry; a follow-up is proposed.
 * Published by the psychiatry's own system on {@link SectorTopics#PSYCHIATRY}, keyed by the
 * citizen's pseudonymous id.
 */
public record PatientDischarged(UUID admissionId,
                                LocalDate dischargedOn,
                                Integer followUpWithinDays) implements IntegrationPayload {

    public static final EventType<PatientDischarged> TYPE =
            EventType.of("sectors.PatientDischarged", 1, PatientDischarged.class, SectorTopics.PSYCHIATRY);
}

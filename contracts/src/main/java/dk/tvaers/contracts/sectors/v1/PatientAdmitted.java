package dk.tvaers.contracts.sectors.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The citizen was admitted to psychiatry.
 * Published by the psychiatry's own system on {@link SectorTopics#PSYCHIATRY}, keyed by the
 * citizen's pseudonymous id.
 */
public record PatientAdmitted(UUID admissionId,
                              LocalDate admittedOn,
                              String admissionType) implements IntegrationPayload {

    public static final EventType<PatientAdmitted> TYPE =
            EventType.of("sectors.PatientAdmitted", 1, PatientAdmitted.class, SectorTopics.PSYCHIATRY);
}

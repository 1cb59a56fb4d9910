package dk.tvaers.cases.sectorcase.api;

import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** The case got another responsible caseworker. The reason is free text and erasable with the citizen. */
@Revision("1")
public record CaseTransferredEvent(UUID caseId, @DataSubject UUID citizenId, String organisation, String sector,
                                   String fromCaseworkerId, String toCaseworkerId, @Erasable String reason,
                                   LocalDate transferredOn) {
}

package dk.tvaers.contracts.cases.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A case got another responsible caseworker within its sector.
 *
 * @param reason always {@code null}: the reason in words can name the citizen, so it stays in case-service
 *               (messages published before it was withheld may carry it)
 */
public record CaseTransferred(UUID caseId, String sector, String fromCaseworkerId, String toCaseworkerId,
                              String reason, LocalDate transferredOn) implements IntegrationPayload {

    public static final EventType<CaseTransferred> TYPE = EventType.of("case.CaseTransferred", 1,
            CaseTransferred.class, Topics.CASE);
}

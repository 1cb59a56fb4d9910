package dk.tvaers.contracts.cases.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A sector closed its case for a citizen; the sector is no longer involved through it.
 *
 * @param reason always {@code null}: the reason in words can name the citizen, so it stays in case-service
 *               (messages published before it was withheld may carry it)
 */
public record CaseClosed(UUID caseId, String sector, String reason, LocalDate closedOn) implements IntegrationPayload {

    public static final EventType<CaseClosed> TYPE = EventType.of("case.CaseClosed", 1, CaseClosed.class, Topics.CASE);
}

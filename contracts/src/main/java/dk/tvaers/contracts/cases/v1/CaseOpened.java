package dk.tvaers.contracts.cases.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A sector opened a case for a citizen. The envelope carries the citizen's pseudonymous id and the
 * organisation; the case belongs to exactly one sector.
 *
 * @param caseId       the case
 * @param sector       the sector code (see {@link dk.tvaers.contracts.Sectors})
 * @param legalBasis   the legal basis, e.g. {@code SEL §85}
 * @param caseworkerId the responsible caseworker's user id
 * @param openedOn     the date the case was opened
 */
public record CaseOpened(UUID caseId, String sector, String legalBasis, String caseworkerId, LocalDate openedOn)
        implements IntegrationPayload {

    public static final EventType<CaseOpened> TYPE = EventType.of("case.CaseOpened", 1, CaseOpened.class, Topics.CASE);
}

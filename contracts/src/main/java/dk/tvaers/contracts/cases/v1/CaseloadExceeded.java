package dk.tvaers.contracts.cases.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

/**
 * A caseworker's caseload (open cases they are responsible for) went above their team's recommended
 * caseload (vejledende sagstal). Concerns no citizen: the envelope's citizenId is {@code null} and the
 * Kafka key is the caseworker's user id.
 *
 * @param caseworkerId        the caseworker's user id (staff, not a citizen)
 * @param team                the caseworker's team
 * @param caseload            the caseload now
 * @param recommendedCaseload the team's recommended caseload
 */
public record CaseloadExceeded(String caseworkerId, String team, int caseload, int recommendedCaseload)
        implements IntegrationPayload {

    public static final EventType<CaseloadExceeded> TYPE = EventType.of("case.CaseloadExceeded", 1,
            CaseloadExceeded.class, Topics.CASE);
}

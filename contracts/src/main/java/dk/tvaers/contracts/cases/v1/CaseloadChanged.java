package dk.tvaers.contracts.cases.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;

/**
 * A caseworker's caseload (open cases they are responsible for) or the recommendation it is measured
 * against changed: a case came or went, the caseworker joined a team, or the team's recommended caseload
 * (vejledende sagstal) changed. Published on every change, so a consumer can follow caseloads over time and
 * not only when they exceed the recommendation ({@link CaseloadExceeded}). Concerns no citizen: the
 * envelope's citizenId is {@code null} and the Kafka key is the caseworker's user id.
 *
 * @param caseworkerId        the caseworker's user id (staff, not a citizen)
 * @param team                the caseworker's team, or {@code null} while they belong to none
 * @param caseload            the caseload now
 * @param recommendedCaseload the team's recommended caseload, or {@code null} without a team
 * @param changedOn           the day of the change
 */
public record CaseloadChanged(String caseworkerId, String team, int caseload, Integer recommendedCaseload,
                              LocalDate changedOn) implements IntegrationPayload {

    public static final EventType<CaseloadChanged> TYPE = EventType.of("case.CaseloadChanged", 1,
            CaseloadChanged.class, Topics.CASE);
}

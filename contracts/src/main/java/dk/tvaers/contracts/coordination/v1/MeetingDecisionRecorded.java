package dk.tvaers.contracts.coordination.v1;

import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.Topics;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A coordination meeting recorded a decision on one of the plan's sub-goals, with the sector responsible
 * and a due date if any. The decision's wording stays in coordination-service.
 */
public record MeetingDecisionRecorded(UUID meetingId,
                                      UUID decisionId,
                                      UUID subGoalId,
                                      String responsibleSector,
                                      LocalDate dueOn,
                                      String recordedBy) implements IntegrationPayload {

    public static final EventType<MeetingDecisionRecorded> TYPE =
            EventType.of("coordination.MeetingDecisionRecorded", 1, MeetingDecisionRecorded.class, Topics.COORDINATION);
}

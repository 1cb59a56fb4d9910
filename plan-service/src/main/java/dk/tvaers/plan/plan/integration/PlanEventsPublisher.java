package dk.tvaers.plan.plan.integration;

import dk.tvaers.contracts.plan.v1.FollowUpDue;
import dk.tvaers.contracts.plan.v1.FollowUpOverdue;
import dk.tvaers.contracts.plan.v1.FollowUpRecorded;
import dk.tvaers.contracts.plan.v1.FollowUpRescheduled;
import dk.tvaers.contracts.plan.v1.PlanCreated;
import dk.tvaers.contracts.plan.v1.SubGoalAchieved;
import dk.tvaers.contracts.plan.v1.SubGoalAdded;
import dk.tvaers.contracts.plan.v1.SubGoalChanged;
import dk.tvaers.contracts.plan.v1.SubGoalDropped;
import dk.tvaers.plan.followup.api.FollowUpBroughtForwardEvent;
import dk.tvaers.plan.followup.api.FollowUpDueEvent;
import dk.tvaers.plan.followup.api.FollowUpFrequencyChangedEvent;
import dk.tvaers.plan.followup.api.FollowUpOverdueEvent;
import dk.tvaers.plan.followup.api.FollowUpRecordedEvent;
import dk.tvaers.plan.plan.api.PlanCreatedEvent;
import dk.tvaers.plan.plan.api.SubGoalAchievedEvent;
import dk.tvaers.plan.plan.api.SubGoalAddedEvent;
import dk.tvaers.plan.plan.api.SubGoalChangedEvent;
import dk.tvaers.plan.plan.api.SubGoalDroppedEvent;
import dk.tvaers.plan.plan.api.SubGoalStatus;
import dk.tvaers.platform.messaging.IntegrationEventPublisher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * The one place where plan-service's domain events become integration events, keyed by the citizen. Only
 * ids, codes, dates and numbers go out (a follow-up's rating 1–5 and each reading's trend, never the reading's
 * value or note): the dream, goals, sub-goal wording, reasons, comments and names stay here. Runs in its
 * own tracking processor, which never replays.
 */
@Component
@ProcessingGroup("plan-integration-publisher")
@DisallowReplay
class PlanEventsPublisher {

    private final IntegrationEventPublisher publisher;

    PlanEventsPublisher(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(PlanCreatedEvent event, EventMessage<PlanCreatedEvent> message) {
        publisher.publish(message, PlanCreated.TYPE, event.citizenId(), event.organisation(), event.sector(),
                new PlanCreated(event.planId(), event.createdBy(), event.followUpFrequencyMonths()));
    }

    @EventHandler
    void on(SubGoalAddedEvent event, EventMessage<SubGoalAddedEvent> message) {
        publisher.publish(message, SubGoalAdded.TYPE, event.citizenId(), event.organisation(), event.owningSector(),
                new SubGoalAdded(event.planId(), event.subGoalId(), event.goalId(), event.owningSector(),
                        event.lifeArea().code(), event.priority(), SubGoalStatus.OPEN.code(), event.dueOn(),
                        event.addedOn()));
    }

    @EventHandler
    void on(SubGoalChangedEvent event, EventMessage<SubGoalChangedEvent> message) {
        publisher.publish(message, SubGoalChanged.TYPE, event.citizenId(), event.organisation(), event.sector(),
                new SubGoalChanged(event.planId(), event.subGoalId(), event.owningSector(), event.lifeArea().code(),
                        event.priority(), SubGoalStatus.ADJUSTED.code(), event.dueOn(), event.changedOn(),
                        event.version()));
    }

    @EventHandler
    void on(SubGoalAchievedEvent event, EventMessage<SubGoalAchievedEvent> message) {
        publisher.publish(message, SubGoalAchieved.TYPE, event.citizenId(), event.organisation(), event.sector(),
                new SubGoalAchieved(event.planId(), event.subGoalId(), event.owningSector(),
                        SubGoalStatus.ACHIEVED.code(), event.achievedOn(), event.version()));
    }

    @EventHandler
    void on(SubGoalDroppedEvent event, EventMessage<SubGoalDroppedEvent> message) {
        publisher.publish(message, SubGoalDropped.TYPE, event.citizenId(), event.organisation(), event.sector(),
                new SubGoalDropped(event.planId(), event.subGoalId(), event.owningSector(),
                        SubGoalStatus.DROPPED.code(), event.droppedOn(), event.version()));
    }

    @EventHandler
    void on(FollowUpRecordedEvent event, EventMessage<FollowUpRecordedEvent> message) {
        publisher.publish(message, FollowUpRecorded.TYPE, event.citizenId(), event.organisation(), event.sector(),
                new FollowUpRecorded(event.planId(), event.followUpId(), event.heldOn(), event.nextDueOn(),
                        event.citizenRating(), event.trends().stream()
                        .map(t -> new FollowUpRecorded.SubGoalReading(t.subGoalId(), t.trend().code())).toList()));
    }

    @EventHandler
    void on(FollowUpFrequencyChangedEvent event, EventMessage<FollowUpFrequencyChangedEvent> message) {
        publisher.publish(message, FollowUpRescheduled.TYPE, event.citizenId(), event.organisation(), event.sector(),
                new FollowUpRescheduled(event.planId(), event.months(), event.nextDueOn()));
    }

    @EventHandler
    void on(FollowUpBroughtForwardEvent event, EventMessage<FollowUpBroughtForwardEvent> message) {
        publisher.publish(message, FollowUpRescheduled.TYPE, event.citizenId(), event.organisation(), event.sector(),
                new FollowUpRescheduled(event.planId(), event.followUpFrequencyMonths(), event.nextDueOn()));
    }

    @EventHandler
    void on(FollowUpDueEvent event, EventMessage<FollowUpDueEvent> message) {
        publisher.publish(message, FollowUpDue.TYPE, event.citizenId(), event.organisation(), null,
                new FollowUpDue(event.planId(), event.dueOn()));
    }

    @EventHandler
    void on(FollowUpOverdueEvent event, EventMessage<FollowUpOverdueEvent> message) {
        publisher.publish(message, FollowUpOverdue.TYPE, event.citizenId(), event.organisation(), null,
                new FollowUpOverdue(event.planId(), event.dueOn()));
    }
}

package dk.tvaers.insight.facts.integration;

import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.plan.v1.FollowUpOverdue;
import dk.tvaers.contracts.plan.v1.FollowUpRecorded;
import dk.tvaers.contracts.plan.v1.FollowUpRescheduled;
import dk.tvaers.contracts.plan.v1.PlanCreated;
import dk.tvaers.contracts.plan.v1.SubGoalAchieved;
import dk.tvaers.contracts.plan.v1.SubGoalAdded;
import dk.tvaers.contracts.plan.v1.SubGoalDropped;
import dk.tvaers.insight.facts.api.FollowUpFrequencySetEvent;
import dk.tvaers.insight.facts.api.FollowUpHeldEvent;
import dk.tvaers.insight.facts.api.FollowUpOverdueEvent;
import dk.tvaers.insight.facts.api.PlanStartedEvent;
import dk.tvaers.insight.facts.api.SubGoalConcludedEvent;
import dk.tvaers.insight.facts.api.SubGoalSetEvent;
import dk.tvaers.platform.messaging.Inbox;
import dk.tvaers.platform.messaging.RelevantEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * plan-service's events as facts: plans and their follow-up frequency, follow-ups held (rating, trends) and
 * missed, sub-goals set and concluded. Applied once each (the inbox).
 */
@Component
class PlanEventsListener {

    static final String CONSUMER = "insight-service.plan-events";

    private final IntegrationEventCodec codec;
    private final Inbox inbox;
    private final Facts facts;

    PlanEventsListener(IntegrationEventCodec codec, Inbox inbox, Facts facts) {
        this.codec = codec;
        this.inbox = inbox;
        this.facts = facts;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.PLAN, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.receiveAll(CONSUMER, records, codec, RelevantEvents.all(), this::apply);
    }

    private void apply(IntegrationEvent<?> event) {
        String organisation = event.organisation();
        if (event.is(PlanCreated.TYPE)) {
            facts.record(new PlanStartedEvent(event.citizenId(), organisation, Facts.dayOf(event),
                    event.payloadAs(PlanCreated.TYPE).followUpFrequencyMonths()));
        } else if (event.is(FollowUpRescheduled.TYPE)) {
            facts.record(new FollowUpFrequencySetEvent(event.citizenId(), organisation, Facts.dayOf(event),
                    event.payloadAs(FollowUpRescheduled.TYPE).followUpFrequencyMonths()));
        } else if (event.is(FollowUpRecorded.TYPE)) {
            FollowUpRecorded recorded = event.payloadAs(FollowUpRecorded.TYPE);
            facts.record(new FollowUpHeldEvent(event.citizenId(), organisation, recorded.followUpId(),
                    recorded.heldOn(), recorded.citizenRating(), recorded.readings().stream()
                    .map(r -> new FollowUpHeldEvent.SubGoalTrend(r.subGoalId(), r.trend())).toList()));
        } else if (event.is(FollowUpOverdue.TYPE)) {
            facts.record(new FollowUpOverdueEvent(event.citizenId(), organisation,
                    event.payloadAs(FollowUpOverdue.TYPE).dueOn()));
        } else if (event.is(SubGoalAdded.TYPE)) {
            SubGoalAdded added = event.payloadAs(SubGoalAdded.TYPE);
            facts.record(new SubGoalSetEvent(event.citizenId(), organisation, added.subGoalId(), added.owningSector(),
                    added.addedOn()));
        } else if (event.is(SubGoalAchieved.TYPE)) {
            SubGoalAchieved achieved = event.payloadAs(SubGoalAchieved.TYPE);
            facts.record(new SubGoalConcludedEvent(event.citizenId(), organisation, achieved.subGoalId(),
                    achieved.owningSector(), SubGoalConcludedEvent.ACHIEVED, achieved.achievedOn()));
        } else if (event.is(SubGoalDropped.TYPE)) {
            SubGoalDropped dropped = event.payloadAs(SubGoalDropped.TYPE);
            facts.record(new SubGoalConcludedEvent(event.citizenId(), organisation, dropped.subGoalId(),
                    dropped.owningSector(), SubGoalConcludedEvent.DROPPED, dropped.droppedOn()));
        }
    }
}

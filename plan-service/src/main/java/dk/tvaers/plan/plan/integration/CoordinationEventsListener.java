package dk.tvaers.plan.plan.integration;

import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.coordination.v1.FollowUpProposed;
import dk.tvaers.plan.followup.api.ProposeFollowUpCommand;
import dk.tvaers.plan.plan.api.PlanIds;
import dk.tvaers.platform.messaging.Inbox;
import dk.tvaers.platform.messaging.RelevantEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * The one place where coordination-service's events become commands here: a proposed follow-up (after a
 * psychiatric discharge, before a release from prison) brings the plan's next follow-up forward. A citizen
 * without a plan has nothing to bring forward. Applied once (the inbox); bad messages go to
 * {@code tvaers.coordination.events-dlt}.
 */
@Component
class CoordinationEventsListener {

    static final String CONSUMER = "plan-service.coordination-events";

    private final IntegrationEventCodec codec;
    private final Inbox inbox;
    private final CommandGateway commands;
    private final EventStore events;

    CoordinationEventsListener(IntegrationEventCodec codec, Inbox inbox, CommandGateway commands, EventStore events) {
        this.codec = codec;
        this.inbox = inbox;
        this.commands = commands;
        this.events = events;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.COORDINATION, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.receiveAll(CONSUMER, records, codec, RelevantEvents.of(FollowUpProposed.TYPE), this::apply);
    }

    private void apply(IntegrationEvent<?> event) {
        FollowUpProposed proposal = event.payloadAs(FollowUpProposed.TYPE);
        UUID planId = PlanIds.planIdOf(event.citizenId());
        if (events.lastSequenceNumberFor(planId.toString()).isEmpty()) {
            return;
        }
        commands.sendAndWait(new ProposeFollowUpCommand(planId, proposal.proposalId(), proposal.cause(),
                proposal.sector(), proposal.suggestedBy()));
    }
}

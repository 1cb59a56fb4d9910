package dk.tvaers.coordination.integration;

import dk.tvaers.contracts.coordination.v1.ConsentGiven;
import dk.tvaers.contracts.coordination.v1.ConsentLimited;
import dk.tvaers.contracts.coordination.v1.ConsentWithdrawn;
import dk.tvaers.contracts.coordination.v1.CoordinatorDesignated;
import dk.tvaers.contracts.coordination.v1.CoordinatorNeeded;
import dk.tvaers.contracts.coordination.v1.FollowUpProposed;
import dk.tvaers.contracts.coordination.v1.MeetingCancelled;
import dk.tvaers.contracts.coordination.v1.MeetingDecisionRecorded;
import dk.tvaers.contracts.coordination.v1.MeetingScheduled;
import dk.tvaers.contracts.coordination.v1.ReferralSent;
import dk.tvaers.contracts.coordination.v1.ReferralStatusChanged;
import dk.tvaers.contracts.coordination.v1.ReferralUnanswered;
import dk.tvaers.coordination.consent.api.ConsentGivenEvent;
import dk.tvaers.coordination.consent.api.ConsentLimitedEvent;
import dk.tvaers.coordination.consent.api.ConsentWithdrawnEvent;
import dk.tvaers.coordination.involvement.api.CoordinatorDesignatedEvent;
import dk.tvaers.coordination.involvement.api.CoordinatorNeededEvent;
import dk.tvaers.coordination.meeting.api.AgendaItem;
import dk.tvaers.coordination.meeting.api.MeetingCancelledEvent;
import dk.tvaers.coordination.meeting.api.MeetingDecisionRecordedEvent;
import dk.tvaers.coordination.meeting.api.MeetingScheduledEvent;
import dk.tvaers.coordination.referral.api.ReferralSentEvent;
import dk.tvaers.coordination.referral.api.ReferralStatusChangedEvent;
import dk.tvaers.coordination.referral.api.ReferralUnansweredEvent;
import dk.tvaers.coordination.sectorevents.api.FollowUpProposedEvent;
import dk.tvaers.platform.messaging.IntegrationEventPublisher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * The one place where coordination-service's domain events become integration events on
 * {@code tvaers.coordination.events}, keyed by the citizen. Runs in its own tracking processor, which never
 * replays. Free text (reasons, notes, decisions, a meeting's location) stays here, sealed with the citizen's
 * key: it can name a person, and what is on Kafka cannot be crypto-shredded. Only ids, codes and dates travel.
 */
@Component
@ProcessingGroup("coordination-integration-publisher")
@DisallowReplay
class CoordinationEventsPublisher {

    private final IntegrationEventPublisher publisher;

    CoordinationEventsPublisher(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(ConsentGivenEvent event, EventMessage<?> message) {
        publisher.publish(message, ConsentGiven.TYPE, event.citizenId(), event.organisation(),
                event.recordedBySector(), new ConsentGiven(event.consentId(), event.sectors(), event.categories(),
                        event.validFrom(), event.validUntil(), event.recordedBy()));
    }

    @EventHandler
    void on(ConsentLimitedEvent event, EventMessage<?> message) {
        publisher.publish(message, ConsentLimited.TYPE, event.citizenId(), event.organisation(),
                event.recordedBySector(), new ConsentLimited(event.consentId(), event.sectors(), event.categories(),
                        event.validUntil(), event.recordedBy()));
    }

    @EventHandler
    void on(ConsentWithdrawnEvent event, EventMessage<?> message) {
        publisher.publish(message, ConsentWithdrawn.TYPE, event.citizenId(), event.organisation(),
                event.recordedBySector(), new ConsentWithdrawn(event.consentId(), event.withdrawnAt(),
                        event.recordedBy()));
    }

    @EventHandler
    void on(CoordinatorDesignatedEvent event, EventMessage<?> message) {
        publisher.publish(message, CoordinatorDesignated.TYPE, event.citizenId(), event.organisation(),
                event.sector(), new CoordinatorDesignated(event.caseworkerId(), event.sector(), event.organisation(),
                        event.previousCaseworkerId()));
    }

    @EventHandler
    void on(CoordinatorNeededEvent event, EventMessage<?> message) {
        publisher.publish(message, CoordinatorNeeded.TYPE, event.citizenId(), event.organisation(),
                event.previousSector(), new CoordinatorNeeded(event.reason().code(), event.previousCaseworkerId(),
                        event.previousSector(), event.involvedSectors()));
    }

    @EventHandler
    void on(ReferralSentEvent event, EventMessage<?> message) {
        publisher.publish(message, ReferralSent.TYPE, event.citizenId(), event.fromOrganisation(),
                event.fromSector(), new ReferralSent(event.referralId(), event.fromSector(),
                        event.fromOrganisation(), event.toSector(), event.toOrganisation(), event.subGoalId(),
                        event.sentBy(), event.answerBy()));
    }

    @EventHandler
    void on(ReferralStatusChangedEvent event, EventMessage<?> message) {
        boolean bySender = event.changedBySector().equals(event.fromSector());
        publisher.publish(message, ReferralStatusChanged.TYPE, event.citizenId(),
                bySender ? event.fromOrganisation() : event.toOrganisation(), event.changedBySector(),
                new ReferralStatusChanged(event.referralId(), event.status().code(), event.fromSector(),
                        event.fromOrganisation(), event.toSector(), event.toOrganisation(),
                        event.rejectionReason() == null ? null : event.rejectionReason().code(), event.changedBy(),
                        event.changedOn()));
    }

    @EventHandler
    void on(ReferralUnansweredEvent event, EventMessage<?> message) {
        publisher.publish(message, ReferralUnanswered.TYPE, event.citizenId(), event.fromOrganisation(),
                event.fromSector(), new ReferralUnanswered(event.referralId(), event.fromSector(), event.toSector(),
                        event.toOrganisation(), event.sentOn(), event.answerBy()));
    }

    @EventHandler
    void on(MeetingScheduledEvent event, EventMessage<?> message) {
        publisher.publish(message, MeetingScheduled.TYPE, event.citizenId(), event.organisation(),
                event.scheduledBySector(), new MeetingScheduled(event.meetingId(), event.startsAt(), event.sectors(),
                        event.citizenInvited(), event.agenda().stream().map(AgendaItem::subGoalId).toList(),
                        event.scheduledBy()));
    }

    @EventHandler
    void on(MeetingCancelledEvent event, EventMessage<?> message) {
        publisher.publish(message, MeetingCancelled.TYPE, event.citizenId(), event.organisation(), null,
                new MeetingCancelled(event.meetingId(), event.cancelledBy(), event.cancelledAt()));
    }

    @EventHandler
    void on(MeetingDecisionRecordedEvent event, EventMessage<?> message) {
        publisher.publish(message, MeetingDecisionRecorded.TYPE, event.citizenId(), event.organisation(), null,
                new MeetingDecisionRecorded(event.meetingId(), event.decisionId(), event.subGoalId(),
                        event.responsibleSector(), event.dueOn(), event.recordedBy()));
    }

    @EventHandler
    void on(FollowUpProposedEvent event, EventMessage<?> message) {
        publisher.publish(message, FollowUpProposed.TYPE, event.citizenId(), event.organisation(), event.sector(),
                new FollowUpProposed(event.proposalId(), event.cause().code(), event.sector(), event.suggestedBy(),
                        event.sourceEventId()));
    }
}

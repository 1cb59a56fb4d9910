package dk.tvaers.coordination.plan.integration;

import dk.tvaers.contracts.ConsentCategories;
import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.plan.v1.FollowUpDue;
import dk.tvaers.contracts.plan.v1.FollowUpOverdue;
import dk.tvaers.contracts.plan.v1.FollowUpRecorded;
import dk.tvaers.contracts.plan.v1.FollowUpRescheduled;
import dk.tvaers.contracts.plan.v1.PlanCreated;
import dk.tvaers.contracts.plan.v1.SubGoalAchieved;
import dk.tvaers.contracts.plan.v1.SubGoalAdded;
import dk.tvaers.contracts.plan.v1.SubGoalChanged;
import dk.tvaers.contracts.plan.v1.SubGoalDropped;
import dk.tvaers.coordination.notification.query.Notifications;
import dk.tvaers.coordination.notification.query.Notifications.Notice;
import dk.tvaers.coordination.plan.query.PlanFacts;
import dk.tvaers.coordination.timeline.query.Timeline;
import dk.tvaers.platform.messaging.Inbox;
import dk.tvaers.platform.messaging.RelevantEvents;
import dk.tvaers.platform.privacy.ErasedCitizens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

import static dk.tvaers.coordination.timeline.query.Wording.sector;

/**
 * The one place where plan-service's integration events arrive: they keep the follow-up watch and the
 * sub-goals for meeting agendas current, put follow-ups and reached sub-goals on the timeline, and tell the
 * coordinator when a follow-up falls due or is overdue and when a sub-goal is reached (everyone involved when
 * there is no coordinator; another sector's sub-goal under the citizen's consent to {@code plan}). Applied
 * once each (the inbox); nothing is kept of an erased citizen, whose events may still be on their way.
 */
@Component
class PlanEventsListener {

    static final String CONSUMER = "coordination-service.plan-events";

    private final IntegrationEventCodec codec;
    private final Inbox inbox;
    private final PlanFacts plans;
    private final Timeline timeline;
    private final Notifications notifications;
    private final ErasedCitizens erased;

    PlanEventsListener(IntegrationEventCodec codec, Inbox inbox, PlanFacts plans, Timeline timeline,
                       Notifications notifications, ErasedCitizens erased) {
        this.codec = codec;
        this.inbox = inbox;
        this.plans = plans;
        this.timeline = timeline;
        this.notifications = notifications;
        this.erased = erased;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.PLAN, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.receiveAll(CONSUMER, records, codec, RelevantEvents.all(), this::apply);
    }

    private void apply(IntegrationEvent<?> event) {
        if (erased.contains(event.citizenId())) {
            return;
        }
        if (event.is(PlanCreated.TYPE)) {
            PlanCreated created = event.payloadAs(PlanCreated.TYPE);
            plans.planCreated(created.planId(), event.citizenId(), event.organisation(),
                    created.followUpFrequencyMonths());
            onTimeline(event, null, "plan.created", "Koordineret plan oprettet, opfølgning hver "
                    + created.followUpFrequencyMonths() + ". måned");
        } else if (event.is(FollowUpRecorded.TYPE)) {
            FollowUpRecorded recorded = event.payloadAs(FollowUpRecorded.TYPE);
            plans.followUpScheduled(recorded.planId(), event.citizenId(), event.organisation(), recorded.heldOn(),
                    recorded.nextDueOn());
            onTimeline(event, null, "plan.follow-up-recorded", "Opfølgning holdt " + recorded.heldOn()
                    + ", næste senest " + recorded.nextDueOn());
        } else if (event.is(FollowUpRescheduled.TYPE)) {
            FollowUpRescheduled rescheduled = event.payloadAs(FollowUpRescheduled.TYPE);
            plans.followUpScheduled(rescheduled.planId(), event.citizenId(), event.organisation(), null,
                    rescheduled.nextDueOn());
        } else if (event.is(FollowUpDue.TYPE)) {
            FollowUpDue due = event.payloadAs(FollowUpDue.TYPE);
            plans.followUpFallen(due.planId(), event.citizenId(), event.organisation(), due.dueOn(), "due");
            tellCoordinator(event, "plan.follow-up-due", "Opfølgning på planen skal holdes nu (" + due.dueOn() + ")");
        } else if (event.is(FollowUpOverdue.TYPE)) {
            FollowUpOverdue overdue = event.payloadAs(FollowUpOverdue.TYPE);
            plans.followUpFallen(overdue.planId(), event.citizenId(), event.organisation(), overdue.dueOn(),
                    "overdue");
            tellCoordinator(event, "plan.follow-up-overdue", "Opfølgning på planen er overskredet (skulle holdes "
                    + overdue.dueOn() + ")");
            onTimeline(event, null, "plan.follow-up-overdue", "Opfølgning overskredet, frist " + overdue.dueOn());
        } else if (event.is(SubGoalAdded.TYPE)) {
            SubGoalAdded added = event.payloadAs(SubGoalAdded.TYPE);
            plans.subGoal(added.planId(), event.citizenId(), added.subGoalId(), added.owningSector(), added.lifeArea(),
                    added.priority(), added.status(), added.dueOn(), 0);
            onTimeline(event, added.owningSector(), "plan.sub-goal-added",
                    sector(added.owningSector()) + " har tilføjet et delmål");
        } else if (event.is(SubGoalChanged.TYPE)) {
            SubGoalChanged changed = event.payloadAs(SubGoalChanged.TYPE);
            plans.subGoal(changed.planId(), event.citizenId(), changed.subGoalId(), changed.owningSector(),
                    changed.lifeArea(), changed.priority(), changed.status(), changed.dueOn(), changed.version());
        } else if (event.is(SubGoalAchieved.TYPE)) {
            SubGoalAchieved achieved = event.payloadAs(SubGoalAchieved.TYPE);
            plans.subGoal(achieved.planId(), event.citizenId(), achieved.subGoalId(), achieved.owningSector(), null,
                    null, achieved.status(), null, achieved.version());
            String reached = "Et delmål hos " + sector(achieved.owningSector()) + " er nået";
            onTimeline(event, achieved.owningSector(), "plan.sub-goal-achieved", reached);
            tellCoordinatorOrInvolved(event, achieved.owningSector(), "plan.sub-goal-achieved", reached);
        } else if (event.is(SubGoalDropped.TYPE)) {
            SubGoalDropped dropped = event.payloadAs(SubGoalDropped.TYPE);
            plans.subGoal(dropped.planId(), event.citizenId(), dropped.subGoalId(), dropped.owningSector(), null,
                    null, dropped.status(), null, dropped.version());
        }
    }

    private void onTimeline(IntegrationEvent<?> event, String owningSector, String kind, String summary) {
        timeline.addFromPlan(event.eventId(), event.citizenId(), event.occurredAt(), owningSector,
                owningSector == null ? null : ConsentCategories.PLAN, kind, summary);
    }

    /** News of a sector's part of the plan, for those who may see it under the citizen's consent. */
    private void tellCoordinatorOrInvolved(IntegrationEvent<?> event, String owningSector, String kind, String text) {
        Notice notice = new Notice(event.eventId().toString(), event.citizenId(), owningSector,
                ConsentCategories.PLAN, kind, text);
        notifications.send(notice, notifications.coordinatorOf(event.citizenId()).map(List::of)
                .orElseGet(() -> List.copyOf(notifications.involvedWith(event.citizenId()))));
    }

    private void tellCoordinator(IntegrationEvent<?> event, String kind, String text) {
        notifications.coordinatorOf(event.citizenId()).ifPresent(coordinator -> notifications.send(
                new Notice(event.eventId().toString(), event.citizenId(), null, null, kind, text),
                List.of(coordinator)));
    }
}

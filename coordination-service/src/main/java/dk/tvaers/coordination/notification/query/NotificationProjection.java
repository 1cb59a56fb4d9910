package dk.tvaers.coordination.notification.query;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.contracts.ConsentCategories;
import dk.tvaers.coordination.involvement.api.CoordinatorDesignatedEvent;
import dk.tvaers.coordination.involvement.api.CoordinatorNeededEvent;
import dk.tvaers.coordination.involvement.query.InvolvedSectorsProjection;
import dk.tvaers.coordination.meeting.api.MeetingScheduledEvent;
import dk.tvaers.coordination.notification.api.Recipients;
import dk.tvaers.coordination.notification.query.Notifications.Notice;
import dk.tvaers.coordination.referral.api.ReferralSentEvent;
import dk.tvaers.coordination.referral.api.ReferralStatus;
import dk.tvaers.coordination.referral.api.ReferralStatusChangedEvent;
import dk.tvaers.coordination.referral.api.ReferralUnansweredEvent;
import dk.tvaers.coordination.sectorevents.api.FollowUpProposedEvent;
import dk.tvaers.coordination.sectorevents.api.SectorEventReceivedEvent;
import dk.tvaers.coordination.timeline.query.Wording;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static dk.tvaers.coordination.timeline.query.Wording.sector;

/**
 * Tells the people concerned: the coordinator of a sector system's event, the team when a coordinator is
 * needed, both sides and the coordinator at every step of a referral, the participants of a meeting. A feed
 * is not rebuilt state, so these handlers never replay (a replay would notify everyone again).
 * <p>
 * Who is involved and who coordinates is read from the involved-sectors projection's tables, so the feed runs
 * in that projection's processing group: the tables are then exactly as of the event being told. In a group
 * of its own it could run ahead of them, and the sector whose case made a coordinator needed would not hear.
 */
@Component
@ProcessingGroup(InvolvedSectorsProjection.GROUP)
@DisallowReplay
public class NotificationProjection {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' HH:mm")
            .withZone(DanishTime.ZONE);

    private final Notifications notifications;

    NotificationProjection(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventHandler
    void on(SectorEventReceivedEvent event, EventMessage<?> message) {
        notifyCoordinatorOrTeam(new Notice(message.getIdentifier(), event.citizenId(), event.sector(),
                ConsentCategories.SECTOR_EVENTS, event.eventType(),
                sector(event.sector()) + ": " + Wording.sectorEvent(event.eventType(), event.facts())));
    }

    @EventHandler
    void on(FollowUpProposedEvent event, EventMessage<?> message) {
        notifyCoordinatorOrTeam(new Notice(message.getIdentifier(), event.citizenId(), event.sector(),
                ConsentCategories.SECTOR_EVENTS, "follow-up.proposed",
                sector(event.sector()) + " foreslår opfølgning på planen senest " + event.suggestedBy()));
    }

    @EventHandler
    void on(CoordinatorNeededEvent event, EventMessage<?> message) {
        Set<String> recipients = notifications.involvedWith(event.citizenId());
        if (event.previousCaseworkerId() != null) {
            recipients.add(Recipients.user(event.previousCaseworkerId()));
        }
        notifications.send(new Notice(message.getIdentifier(), event.citizenId(), null, null, "coordinator.needed",
                "Borgeren mangler en koordinerende sagsbehandler: udpeg en fra de involverede sektorer"), recipients);
    }

    @EventHandler
    void on(CoordinatorDesignatedEvent event, EventMessage<?> message) {
        Set<String> recipients = notifications.involvedWith(event.citizenId());
        recipients.add(Recipients.user(event.caseworkerId()));
        if (event.previousCaseworkerId() != null) {
            recipients.add(Recipients.user(event.previousCaseworkerId()));
        }
        notifications.send(new Notice(message.getIdentifier(), event.citizenId(), null, null,
                "coordinator.designated", event.caseworkerId() + " (" + sector(event.sector())
                        + ") er nu koordinerende sagsbehandler"), recipients);
    }

    @EventHandler
    void on(ReferralSentEvent event, EventMessage<?> message) {
        List<String> recipients = new ArrayList<>();
        recipients.add(Recipients.team(event.toSector(), event.toOrganisation()));
        notifications.coordinatorOf(event.citizenId()).ifPresent(recipients::add);
        notifications.send(new Notice(message.getIdentifier(), event.citizenId(), event.fromSector(),
                ConsentCategories.REFERRALS, "referral.sent", "Ny henvisning fra " + sector(event.fromSector())
                        + " til " + sector(event.toSector()) + ", svar senest " + event.answerBy()), recipients);
    }

    @EventHandler
    void on(ReferralStatusChangedEvent event, EventMessage<?> message) {
        Set<String> recipients = new LinkedHashSet<>();
        recipients.add(Recipients.team(event.fromSector(), event.fromOrganisation()));
        if (event.status() == ReferralStatus.WITHDRAWN) {
            recipients.add(Recipients.team(event.toSector(), event.toOrganisation()));
        }
        notifications.coordinatorOf(event.citizenId()).ifPresent(recipients::add);
        recipients.remove(Recipients.user(event.changedBy()));
        notifications.send(new Notice(message.getIdentifier(), event.citizenId(), event.fromSector(),
                ConsentCategories.REFERRALS, "referral." + event.status().code(),
                "Henvisningen fra " + sector(event.fromSector()) + " til " + sector(event.toSector()) + " er nu "
                        + statusText(event)), recipients);
    }

    @EventHandler
    void on(ReferralUnansweredEvent event, EventMessage<?> message) {
        Set<String> recipients = new LinkedHashSet<>();
        recipients.add(Recipients.team(event.fromSector(), event.fromOrganisation()));
        recipients.add(Recipients.team(event.toSector(), event.toOrganisation()));
        notifications.coordinatorOf(event.citizenId()).ifPresent(recipients::add);
        notifications.send(new Notice(message.getIdentifier(), event.citizenId(), event.fromSector(),
                ConsentCategories.REFERRALS, "referral.unanswered", "Henvisningen fra " + sector(event.fromSector())
                        + " til " + sector(event.toSector()) + " er ikke besvaret inden fristen " + event.answerBy()),
                recipients);
    }

    @EventHandler
    void on(MeetingScheduledEvent event, EventMessage<?> message) {
        Set<String> recipients = new LinkedHashSet<>();
        for (String sector : event.sectors()) {
            recipients.add(Recipients.team(sector, event.organisation()));
        }
        recipients.addAll(notifications.involvedWith(event.citizenId()));
        recipients.remove(Recipients.user(event.scheduledBy()));
        notifications.send(new Notice(message.getIdentifier(), event.citizenId(), event.scheduledBySector(),
                ConsentCategories.MEETINGS, "meeting.scheduled", "Koordinerende møde "
                        + WHEN.format(event.startsAt()) + " indkaldt af " + sector(event.scheduledBySector()),
                event.sectors()), recipients);
    }

    private void notifyCoordinatorOrTeam(Notice notice) {
        notifications.send(notice, notifications.coordinatorOf(notice.citizenId()).map(List::of)
                .orElseGet(() -> List.copyOf(notifications.involvedWith(notice.citizenId()))));
    }

    private static String statusText(ReferralStatusChangedEvent event) {
        return switch (event.status()) {
            case ACCEPTED -> "accepteret";
            case REJECTED -> "afvist: " + Wording.code(event.rejectionReason().code());
            case IN_PROGRESS -> "i gang";
            case COMPLETED -> "afsluttet";
            case WITHDRAWN -> "trukket tilbage";
            case SENT -> "sendt";
        };
    }
}

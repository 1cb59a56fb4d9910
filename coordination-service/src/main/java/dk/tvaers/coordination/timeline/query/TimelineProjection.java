package dk.tvaers.coordination.timeline.query;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.contracts.ConsentCategories;
import dk.tvaers.coordination.consent.api.ConsentGivenEvent;
import dk.tvaers.coordination.consent.api.ConsentLimitedEvent;
import dk.tvaers.coordination.consent.api.ConsentWithdrawnEvent;
import dk.tvaers.coordination.involvement.api.CoordinatorDesignatedEvent;
import dk.tvaers.coordination.involvement.api.CoordinatorNeededEvent;
import dk.tvaers.coordination.involvement.api.SectorInvolvedEvent;
import dk.tvaers.coordination.involvement.api.SectorInvolvementEndedEvent;
import dk.tvaers.coordination.meeting.api.MeetingCancelledEvent;
import dk.tvaers.coordination.meeting.api.MeetingDecisionRecordedEvent;
import dk.tvaers.coordination.meeting.api.MeetingScheduledEvent;
import dk.tvaers.coordination.referral.api.ReferralSentEvent;
import dk.tvaers.coordination.referral.api.ReferralStatusChangedEvent;
import dk.tvaers.coordination.referral.api.ReferralUnansweredEvent;
import dk.tvaers.coordination.sectorevents.api.FollowUpProposedEvent;
import dk.tvaers.coordination.sectorevents.api.SectorEventReceivedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import static dk.tvaers.coordination.timeline.query.Wording.sector;

/**
 * Puts what happens in coordination-service on the citizen's timeline: sector systems' events, cases opening
 * and closing, the coordinator, consent, referrals and meetings. A referral's entries have both its sectors
 * as parties, a meeting's its participating sectors: they see them whatever the consent. Replayable.
 */
@Component
@ProcessingGroup(TimelineProjection.GROUP)
public class TimelineProjection {

    public static final String GROUP = "timeline";
    private static final ZoneId DANISH_TIME = DanishTime.ZONE;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' HH:mm")
            .withZone(DANISH_TIME);

    private final Timeline timeline;

    TimelineProjection(Timeline timeline) {
        this.timeline = timeline;
    }

    /** The entry is the sector system's own event id, so a sector system can trace its message here. */
    @EventHandler
    void on(SectorEventReceivedEvent event) {
        timeline.add(event.eventId(), event.citizenId(), event.occurredAt(), event.sector(),
                ConsentCategories.SECTOR_EVENTS, List.of(), event.eventType(), Wording.sectorEvent(event.eventType(),
                        event.facts()), Timeline.OWN_EVENTS);
    }

    @EventHandler
    void on(FollowUpProposedEvent event, EventMessage<?> message) {
        add(message, event.citizenId(), message.getTimestamp(), event.sector(), ConsentCategories.SECTOR_EVENTS,
                "follow-up.proposed", sector(event.sector()) + " foreslår opfølgning på planen senest "
                        + event.suggestedBy());
    }

    @EventHandler
    void on(SectorInvolvedEvent event, EventMessage<?> message) {
        add(message, event.citizenId(), onTheDay(event.since(), message.getTimestamp()), null, null, "case.opened",
                sector(event.sector()) + " har åbnet en sag");
    }

    @EventHandler
    void on(SectorInvolvementEndedEvent event, EventMessage<?> message) {
        add(message, event.citizenId(), onTheDay(event.endedOn(), message.getTimestamp()), null, null,
                "case.closed", sector(event.sector()) + " har lukket sin sag");
    }

    @EventHandler
    void on(CoordinatorDesignatedEvent event, EventMessage<?> message) {
        add(message, event.citizenId(), message.getTimestamp(), null, null, "coordinator.designated",
                "Koordinerende sagsbehandler: " + event.caseworkerId() + " (" + sector(event.sector()) + ")"
                        + (event.previousCaseworkerId() == null ? "" : ", overtaget fra "
                        + event.previousCaseworkerId()));
    }

    @EventHandler
    void on(CoordinatorNeededEvent event, EventMessage<?> message) {
        add(message, event.citizenId(), message.getTimestamp(), null, null, "coordinator.needed",
                switch (event.reason()) {
                    case NO_COORDINATOR -> "Flere sektorer er involveret, men ingen koordinerer";
                    case COORDINATOR_CASE_CLOSED -> "Den koordinerende sagsbehandlers sag er lukket";
                    case COORDINATOR_CASE_TRANSFERRED -> "Den koordinerende sagsbehandlers sag er overdraget";
                } + ": der skal udpeges en koordinerende sagsbehandler");
    }

    @EventHandler
    void on(ConsentGivenEvent event, EventMessage<?> message) {
        add(message, event.citizenId(), message.getTimestamp(), null, null, "consent.given",
                "Samtykke givet mellem " + sectors(event.sectors()) + " fra " + event.validFrom()
                        + (event.validUntil() == null ? "" : " til " + event.validUntil()));
    }

    @EventHandler
    void on(ConsentLimitedEvent event, EventMessage<?> message) {
        add(message, event.citizenId(), message.getTimestamp(), null, null, "consent.limited",
                "Samtykke begrænset til " + sectors(event.sectors()));
    }

    @EventHandler
    void on(ConsentWithdrawnEvent event, EventMessage<?> message) {
        add(message, event.citizenId(), message.getTimestamp(), null, null, "consent.withdrawn",
                "Samtykke trukket tilbage " + WHEN.format(event.withdrawnAt()));
    }

    @EventHandler
    void on(ReferralSentEvent event, EventMessage<?> message) {
        add(message, event.citizenId(), message.getTimestamp(), event.fromSector(), ConsentCategories.REFERRALS,
                List.of(event.fromSector(), event.toSector()), "referral.sent",
                sector(event.fromSector()) + " har henvist til " + sector(event.toSector()) + ", svar senest "
                        + event.answerBy());
    }

    @EventHandler
    void on(ReferralStatusChangedEvent event, EventMessage<?> message) {
        String what = switch (event.status()) {
            case ACCEPTED -> "accepteret";
            case REJECTED -> "afvist (" + Wording.code(event.rejectionReason().code()) + ")";
            case IN_PROGRESS -> "i gang";
            case COMPLETED -> "afsluttet";
            case WITHDRAWN -> "trukket tilbage";
            case SENT -> "sendt";
        };
        add(message, event.citizenId(), message.getTimestamp(), event.fromSector(), ConsentCategories.REFERRALS,
                List.of(event.fromSector(), event.toSector()), "referral." + event.status().code(),
                "Henvisning fra " + sector(event.fromSector()) + " til " + sector(event.toSector()) + " er " + what);
    }

    @EventHandler
    void on(ReferralUnansweredEvent event, EventMessage<?> message) {
        add(message, event.citizenId(), message.getTimestamp(), event.fromSector(), ConsentCategories.REFERRALS,
                List.of(event.fromSector(), event.toSector()), "referral.unanswered",
                "Henvisning til " + sector(event.toSector()) + " er ikke besvaret (frist " + event.answerBy() + ")");
    }

    @EventHandler
    void on(MeetingScheduledEvent event, EventMessage<?> message) {
        add(message, event.citizenId(), message.getTimestamp(), event.scheduledBySector(),
                ConsentCategories.MEETINGS, event.sectors(), "meeting.scheduled",
                "Koordinerende møde indkaldt til " + WHEN.format(event.startsAt()) + " med "
                        + sectors(event.sectors()) + (event.citizenInvited() ? " og borgeren" : ""));
    }

    @EventHandler
    void on(MeetingCancelledEvent event, EventMessage<?> message) {
        add(message, event.citizenId(), message.getTimestamp(), null, ConsentCategories.MEETINGS,
                "meeting.cancelled", "Koordinerende møde aflyst");
    }

    /**
     * The decision's words are free text, kept sealed with the citizen's key on the meeting (and shown there as
     * far as the sub-goal's plan is shared); the timeline, stored in plain text, only says that it was made.
     */
    @EventHandler
    void on(MeetingDecisionRecordedEvent event, EventMessage<?> message) {
        add(message, event.citizenId(), message.getTimestamp(), event.responsibleSector(),
                ConsentCategories.MEETINGS, "meeting.decision",
                "Beslutning på mødet om et delmål, ansvarlig: " + sector(event.responsibleSector())
                        + (event.dueOn() == null ? "" : ", frist " + event.dueOn()));
    }

    @ResetHandler
    void reset() {
        timeline.clearOwnEvents();
    }

    private void add(EventMessage<?> message, UUID citizenId, Instant occurredAt, String sector, String category,
                     String kind, String summary) {
        add(message, citizenId, occurredAt, sector, category, List.of(), kind, summary);
    }

    private void add(EventMessage<?> message, UUID citizenId, Instant occurredAt, String sector, String category,
                     List<String> parties, String kind, String summary) {
        timeline.add(UUID.fromString(message.getIdentifier()), citizenId, occurredAt, sector, category, parties, kind,
                summary.length() > 500 ? summary.substring(0, 497) + "..." : summary, Timeline.OWN_EVENTS);
    }

    /**
     * When something another service owns happened: its own day (a case opens and closes on a date), not when
     * this service heard of it, which can be days later (a consumer catching up). Heard of on the day itself,
     * the moment it was heard is the best time of day there is; otherwise the entry goes at the start of its day.
     */
    private static Instant onTheDay(LocalDate day, Instant heardAt) {
        if (day == null || LocalDate.ofInstant(heardAt, DANISH_TIME).equals(day)) {
            return heardAt;
        }
        return day.atStartOfDay(DANISH_TIME).toInstant();
    }

    private static String sectors(List<String> codes) {
        return String.join(", ", codes.stream().map(Wording::sector).toList());
    }
}

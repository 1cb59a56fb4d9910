package dk.tvaers.coordination.offer.integration;

import dk.tvaers.contracts.ConsentCategories;
import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.offer.v1.CitizenEnrolled;
import dk.tvaers.contracts.offer.v1.CitizenWaitlisted;
import dk.tvaers.contracts.offer.v1.EnrolmentEnded;
import dk.tvaers.coordination.notification.query.Notifications;
import dk.tvaers.coordination.notification.query.Notifications.Notice;
import dk.tvaers.coordination.timeline.query.Timeline;
import dk.tvaers.coordination.timeline.query.Wording;
import dk.tvaers.platform.messaging.Inbox;
import dk.tvaers.platform.messaging.RelevantEvents;
import dk.tvaers.platform.privacy.ErasedCitizens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

import static dk.tvaers.coordination.timeline.query.Wording.sector;

/**
 * The one place where offer-service's integration events arrive: a citizen's enrolment on an offer, a place
 * on its waiting list and the end of either land on the citizen's timeline and tell the coordinator. They are
 * the referring sector's information, shared with other sectors under the citizen's consent to
 * {@code enrolments}; an open offer's (no referring sector) is seen by everyone working with the citizen.
 * Applied once each (the inbox); the catalog's own events (offers published, changed, retired) concern no
 * citizen and are passed over.
 */
@Component
class OfferEventsListener {

    static final String CONSUMER = "coordination-service.offer-events";

    private final IntegrationEventCodec codec;
    private final Inbox inbox;
    private final Timeline timeline;
    private final Notifications notifications;
    private final ErasedCitizens erased;

    OfferEventsListener(IntegrationEventCodec codec, Inbox inbox, Timeline timeline, Notifications notifications,
                        ErasedCitizens erased) {
        this.codec = codec;
        this.inbox = inbox;
        this.timeline = timeline;
        this.notifications = notifications;
        this.erased = erased;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.OFFER, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.receiveAll(CONSUMER, records, codec, RelevantEvents.of(CitizenEnrolled.TYPE, CitizenWaitlisted.TYPE, EnrolmentEnded.TYPE), this::apply);
    }

    private void apply(IntegrationEvent<?> event) {
        if (erased.contains(event.citizenId())) {
            return;
        }
        if (event.is(CitizenEnrolled.TYPE)) {
            CitizenEnrolled enrolled = event.payloadAs(CitizenEnrolled.TYPE);
            tell(event, enrolled.referringSector(), "offer.citizen-enrolled", "Tilmeldt et tilbud hos "
                    + enrolled.providerOrganisation() + " fra " + enrolled.enrolledOn()
                    + (enrolled.fromWaitlist() ? ", fra ventelisten" : ""));
        } else if (event.is(CitizenWaitlisted.TYPE)) {
            CitizenWaitlisted waitlisted = event.payloadAs(CitizenWaitlisted.TYPE);
            tell(event, waitlisted.referringSector(), "offer.citizen-waitlisted", "På venteliste til et tilbud hos "
                    + waitlisted.providerOrganisation() + " som nr. " + waitlisted.position());
        } else if (event.is(EnrolmentEnded.TYPE)) {
            EnrolmentEnded ended = event.payloadAs(EnrolmentEnded.TYPE);
            tell(event, ended.referringSector(), "offer.enrolment-ended", "Tilbud hos "
                    + ended.providerOrganisation() + " afsluttet " + ended.endedOn() + " ("
                    + Wording.code(ended.outcome()) + ")");
        }
    }

    private void tell(IntegrationEvent<?> event, String referringSector, String kind, String summary) {
        String category = ConsentCategories.ENROLMENTS;
        timeline.addFromOffers(event.eventId(), event.citizenId(), event.occurredAt(), referringSector, category,
                kind, summary);
        notifications.coordinatorOf(event.citizenId()).ifPresent(coordinator -> notifications.send(
                new Notice(event.eventId().toString(), event.citizenId(), referringSector, category, kind,
                        referringSector == null ? summary : sector(referringSector) + ": " + summary),
                List.of(coordinator)));
    }
}

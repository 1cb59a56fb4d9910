package dk.tvaers.testsupport;

import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.IntegrationPayload;
import dk.tvaers.contracts.EventType;
import dk.tvaers.contracts.Producer;
import dk.tvaers.contracts.cases.v1.CaseClosed;
import dk.tvaers.contracts.cases.v1.CaseOpened;
import dk.tvaers.contracts.cases.v1.CitizenErased;
import dk.tvaers.contracts.coordination.v1.ConsentGiven;
import dk.tvaers.contracts.coordination.v1.ConsentWithdrawn;
import dk.tvaers.contracts.coordination.v1.CoordinatorDesignated;
import dk.tvaers.contracts.coordination.v1.CoordinatorNeeded;
import dk.tvaers.contracts.offer.v1.CitizenEnrolled;
import dk.tvaers.contracts.offer.v1.EnrolmentEnded;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

/**
 * Other services' integration events, published to the test broker as those services would: a case
 * opened, a consent given or withdrawn, a coordinator designated, a citizen erased. For tests of a
 * service's consumers and its access control.
 */
public final class TestEvents {

    private static final IntegrationEventCodec CODEC = new IntegrationEventCodec();
    private static KafkaProducer<String, byte[]> producer;

    private TestEvents() {
    }

    /** Publishes and waits for the broker's acknowledgement. */
    public static void publish(IntegrationEvent<?> event) {
        EventType<?> type = dk.tvaers.contracts.EventCatalog.find(event.type(), event.schemaVersion()).orElseThrow();
        try {
            producer().send(new ProducerRecord<>(type.topic(), event.citizenId().toString(), CODEC.encodeToBytes(event)))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A case opened by the persona's sector and organisation, with the persona responsible. */
    public static UUID caseOpened(UUID citizenId, Persona caseworker) {
        UUID caseId = UUID.randomUUID();
        publish(event(CaseOpened.TYPE, citizenId, caseworker.organisation(), "case-service", caseworker.sector(),
                new CaseOpened(caseId, caseworker.sector(), "SEL §85", caseworker.userId(), today())));
        return caseId;
    }

    public static void caseClosed(UUID citizenId, UUID caseId, Persona caseworker) {
        publish(event(CaseClosed.TYPE, citizenId, caseworker.organisation(), "case-service", caseworker.sector(),
                new CaseClosed(caseId, caseworker.sector(), "Målet er nået", today())));
    }

    /** The citizen consents that these sectors share these categories of information; returns the consent id. */
    public static UUID consentGiven(UUID citizenId, List<String> sectors, List<String> categories) {
        UUID consentId = UUID.randomUUID();
        publish(event(ConsentGiven.TYPE, citizenId, "holstebro", "coordination-service", null,
                new ConsentGiven(consentId, sectors, categories, today(), null, "sofie.social")));
        return consentId;
    }

    public static void consentWithdrawn(UUID citizenId, UUID consentId) {
        publish(event(ConsentWithdrawn.TYPE, citizenId, "holstebro", "coordination-service", null,
                new ConsentWithdrawn(consentId, Instant.now(), "sofie.social")));
    }

    public static void coordinatorDesignated(UUID citizenId, Persona coordinator) {
        publish(event(CoordinatorDesignated.TYPE, citizenId, coordinator.organisation(), "coordination-service",
                coordinator.sector(), new CoordinatorDesignated(coordinator.userId(), coordinator.sector(),
                        coordinator.organisation(), null, null)));
    }

    /** The citizen got a seat on an offer of the provider's; returns the enrolment id. */
    public static UUID citizenEnrolled(UUID citizenId, String providerOrganisation, String referringSector) {
        UUID enrolmentId = UUID.randomUUID();
        publish(event(CitizenEnrolled.TYPE, citizenId, "holstebro", "offer-service", referringSector,
                new CitizenEnrolled(enrolmentId, UUID.randomUUID(), providerOrganisation, referringSector,
                        today(), false)));
        return enrolmentId;
    }

    public static void enrolmentEnded(UUID citizenId, UUID enrolmentId, String providerOrganisation) {
        publish(event(EnrolmentEnded.TYPE, citizenId, "holstebro", "offer-service", null,
                new EnrolmentEnded(enrolmentId, UUID.randomUUID(), providerOrganisation, null, today(),
                        "completed")));
    }

    /** The citizen's coordinator left (their case closed or moved): a new one is needed. */
    public static void coordinatorNeeded(UUID citizenId, Persona previousCoordinator) {
        publish(event(CoordinatorNeeded.TYPE, citizenId, "holstebro", "coordination-service", null,
                new CoordinatorNeeded("coordinator-case-closed", previousCoordinator.userId(),
                        previousCoordinator.sector(), List.of("jobcenter"))));
    }

    public static void citizenErased(UUID citizenId) {
        publish(event(CitizenErased.TYPE, citizenId, "holstebro", "case-service", null,
                new CitizenErased(today(), "Databeskyttelsesforordningen art. 17")));
    }

    private static <P extends IntegrationPayload> IntegrationEvent<P> event(EventType<P> type, UUID citizenId,
                                                                            String organisation, String service,
                                                                            String sector, P payload) {
        return IntegrationEvent.of(type, UUID.randomUUID(), Instant.now(), citizenId, organisation,
                new Producer(service, sector), "test-" + UUID.randomUUID(), payload);
    }

    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    /** Today as the services see it: the Danish date, which is not the server's in the hour after midnight. */
    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"));
    }
}

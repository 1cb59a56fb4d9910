package dk.tvaers.platform.privacy;

import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.cases.v1.CaseClosed;
import dk.tvaers.contracts.cases.v1.CaseOpened;
import dk.tvaers.contracts.cases.v1.CaseTransferred;
import dk.tvaers.contracts.cases.v1.CitizenErased;
import dk.tvaers.contracts.coordination.v1.ConsentGiven;
import dk.tvaers.contracts.coordination.v1.ConsentLimited;
import dk.tvaers.contracts.coordination.v1.ConsentWithdrawn;
import dk.tvaers.contracts.coordination.v1.CoordinatorDesignated;
import dk.tvaers.contracts.coordination.v1.CoordinatorNeeded;
import dk.tvaers.contracts.offer.v1.CitizenEnrolled;
import dk.tvaers.contracts.offer.v1.EnrolmentEnded;
import dk.tvaers.contracts.InvalidIntegrationEventException;
import dk.tvaers.platform.messaging.RelevantEvents;
import dk.tvaers.platform.observability.CorrelationId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the service's {@link AccessDirectory} current from the case, coordination and offer topics (a
 * partner institution is party to a citizen enrolled on its offers), in its own
 * consumer group, so every service decides access from the same facts; a consent withdrawal reaches
 * every service as soon as it is published. Erasure also deletes the citizen's data key here and asks
 * the service's {@link ErasureHandler}s to forget the citizen.
 * <p>
 * Every service runs this for every case and coordination event, so it is kept cheap: each poll's
 * records are applied in one transaction, and without the inbox, because every change is idempotent
 * (an upsert, a close, a delete) and a partition's events arrive in order, so a redelivered batch
 * leaves the same state. A record that cannot be decoded goes to the dead-letter topic before any of
 * the batch is applied. Records of the types it has no use for (most of them: caseload changes, plans, meetings)
 * are passed over by their type header without being decoded ({@link RelevantEvents}).
 */
public class AccessDirectoryListener {

    private static final RelevantEvents RELEVANT = RelevantEvents.of(CaseOpened.TYPE, CaseTransferred.TYPE,
            CaseClosed.TYPE, CitizenErased.TYPE, ConsentGiven.TYPE, ConsentLimited.TYPE, ConsentWithdrawn.TYPE,
            CoordinatorDesignated.TYPE, CoordinatorNeeded.TYPE, CitizenEnrolled.TYPE, EnrolmentEnded.TYPE);

    private final IntegrationEventCodec codec;
    private final TransactionTemplate transactions;
    private final AccessDirectory directory;
    private final CitizenKeyStore keys;
    private final List<ErasureHandler> erasureHandlers;

    public AccessDirectoryListener(IntegrationEventCodec codec, PlatformTransactionManager transactionManager,
                                   AccessDirectory directory, CitizenKeyStore keys,
                                   List<ErasureHandler> erasureHandlers) {
        this.codec = codec;
        this.transactions = new TransactionTemplate(transactionManager);
        this.directory = directory;
        this.keys = keys;
        this.erasureHandlers = erasureHandlers;
    }

    @KafkaListener(id = "${spring.application.name}.access-directory",
            groupId = "${spring.application.name}.access-directory",
            topics = {Topics.CASE, Topics.COORDINATION, Topics.OFFER}, concurrency = "1", batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        List<IntegrationEvent<?>> relevant = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            if (!RELEVANT.mayConcern(records.get(i))) {
                continue;
            }
            try {
                IntegrationEvent<?> event = codec.decode(records.get(i).value());
                if (RELEVANT.test(event)) {
                    relevant.add(event);
                }
            } catch (InvalidIntegrationEventException e) {
                throw new BatchListenerFailedException(e.getMessage(), e, i);
            }
        }
        if (!relevant.isEmpty()) {
            transactions.executeWithoutResult(status -> relevant.forEach(event ->
                    CorrelationId.runWith(event.correlationId(), () -> apply(event))));
        }
    }

    private void apply(IntegrationEvent<?> event) {
        if (event.is(CaseOpened.TYPE)) {
            CaseOpened opened = event.payloadAs(CaseOpened.TYPE);
            directory.caseOpened(opened.caseId(), event.citizenId(), opened.sector(), event.organisation(),
                    opened.caseworkerId());
        } else if (event.is(CaseTransferred.TYPE)) {
            CaseTransferred transferred = event.payloadAs(CaseTransferred.TYPE);
            directory.caseTransferred(transferred.caseId(), transferred.toCaseworkerId());
        } else if (event.is(CaseClosed.TYPE)) {
            directory.caseClosed(event.payloadAs(CaseClosed.TYPE).caseId());
        } else if (event.is(ConsentGiven.TYPE)) {
            ConsentGiven given = event.payloadAs(ConsentGiven.TYPE);
            directory.consentGiven(event.citizenId(), given.consentId(), given.sectors(), given.categories(),
                    given.validFrom(), given.validUntil());
        } else if (event.is(ConsentLimited.TYPE)) {
            ConsentLimited limited = event.payloadAs(ConsentLimited.TYPE);
            directory.consentLimited(event.citizenId(), limited.consentId(), limited.sectors(), limited.categories(),
                    limited.validUntil());
        } else if (event.is(ConsentWithdrawn.TYPE)) {
            directory.consentWithdrawn(event.citizenId(), event.payloadAs(ConsentWithdrawn.TYPE).consentId());
        } else if (event.is(CoordinatorDesignated.TYPE)) {
            CoordinatorDesignated designated = event.payloadAs(CoordinatorDesignated.TYPE);
            directory.coordinatorDesignated(event.citizenId(), designated.caseworkerId(), designated.sector(),
                    designated.organisation());
        } else if (event.is(CoordinatorNeeded.TYPE)) {
            directory.coordinatorVacated(event.citizenId());
        } else if (event.is(CitizenEnrolled.TYPE)) {
            CitizenEnrolled enrolled = event.payloadAs(CitizenEnrolled.TYPE);
            directory.partnerEnrolled(enrolled.enrolmentId(), event.citizenId(), enrolled.providerOrganisation());
        } else if (event.is(EnrolmentEnded.TYPE)) {
            directory.enrolmentEnded(event.payloadAs(EnrolmentEnded.TYPE).enrolmentId());
        } else if (event.is(CitizenErased.TYPE)) {
            directory.citizenErased(event.citizenId(), event.payloadAs(CitizenErased.TYPE).erasedOn());
            keys.erase(event.citizenId());
            erasureHandlers.forEach(handler -> handler.erase(event.citizenId()));
        }
    }
}

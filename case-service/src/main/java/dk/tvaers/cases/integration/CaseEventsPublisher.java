package dk.tvaers.cases.integration;

import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.cases.caseload.api.CaseloadChangedEvent;
import dk.tvaers.cases.caseload.api.CaseloadExceededEvent;
import dk.tvaers.cases.caseload.api.TeamDefinedEvent;
import dk.tvaers.cases.caseload.api.TeamSettingsChangedEvent;
import dk.tvaers.cases.citizen.api.CitizenErasedEvent;
import dk.tvaers.cases.citizen.api.CitizenRegisteredEvent;
import dk.tvaers.cases.grant.api.GrantApprovedEvent;
import dk.tvaers.cases.grant.api.GrantEndedEvent;
import dk.tvaers.cases.grant.api.GrantProposedEvent;
import dk.tvaers.cases.grant.api.GrantRejectedEvent;
import dk.tvaers.cases.grant.api.GrantTerms;
import dk.tvaers.cases.sectorcase.api.CaseClosedEvent;
import dk.tvaers.cases.sectorcase.api.CaseOpenedEvent;
import dk.tvaers.cases.sectorcase.api.CaseTransferredEvent;
import dk.tvaers.contracts.cases.v1.CaseClosed;
import dk.tvaers.contracts.cases.v1.CaseOpened;
import dk.tvaers.contracts.cases.v1.CaseTransferred;
import dk.tvaers.contracts.cases.v1.CaseloadChanged;
import dk.tvaers.contracts.cases.v1.CaseloadExceeded;
import dk.tvaers.contracts.cases.v1.CitizenErased;
import dk.tvaers.contracts.cases.v1.CitizenRegistered;
import dk.tvaers.contracts.cases.v1.GrantApproved;
import dk.tvaers.contracts.cases.v1.GrantEnded;
import dk.tvaers.contracts.cases.v1.GrantProposed;
import dk.tvaers.contracts.cases.v1.GrantRejected;
import dk.tvaers.contracts.cases.v1.TeamDefined;
import dk.tvaers.contracts.cases.v1.TeamSettingsChanged;
import dk.tvaers.platform.messaging.IntegrationEventPublisher;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one place where case-service's domain events become integration events. Runs in its own
 * tracking processor, which never replays. Citizens travel by pseudonymous id only: no CPR number and
 * no name ever leaves here. Nor does free text about a citizen: the reasons given for a transfer, a
 * closing or a rejection can name the citizen, and a Kafka topic cannot be crypto-shredded, so they stay
 * in case-service's event store (erasable with the citizen) and the v1 events carry {@code reason: null}.
 */
@Component
@ProcessingGroup("case-integration-publisher")
@DisallowReplay
class CaseEventsPublisher {

    private static final ZoneId DANISH_TIME = DanishTime.ZONE;

    private final IntegrationEventPublisher publisher;

    CaseEventsPublisher(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(CitizenRegisteredEvent event, EventMessage<CitizenRegisteredEvent> message) {
        publisher.publish(message, CitizenRegistered.TYPE, event.citizenId(), event.organisation(), null,
                new CitizenRegistered(event.citizenId(), event.organisation()));
    }

    @EventHandler
    void on(CitizenErasedEvent event, EventMessage<CitizenErasedEvent> message) {
        publisher.publish(message, CitizenErased.TYPE, event.citizenId(), event.organisation(), null,
                new CitizenErased(event.erasedOn(), event.legalBasis()));
    }

    @EventHandler
    void on(CaseOpenedEvent event, EventMessage<CaseOpenedEvent> message) {
        publisher.publish(message, CaseOpened.TYPE, event.citizenId(), event.organisation(), event.sector(),
                new CaseOpened(event.caseId(), event.sector(), event.legalBasis(), event.caseworkerId(),
                        event.openedOn()));
    }

    @EventHandler
    void on(CaseTransferredEvent event, EventMessage<CaseTransferredEvent> message) {
        publisher.publish(message, CaseTransferred.TYPE, event.citizenId(), event.organisation(), event.sector(),
                new CaseTransferred(event.caseId(), event.sector(), event.fromCaseworkerId(), event.toCaseworkerId(),
                        null, event.transferredOn()));
    }

    @EventHandler
    void on(CaseClosedEvent event, EventMessage<CaseClosedEvent> message) {
        publisher.publish(message, CaseClosed.TYPE, event.citizenId(), event.organisation(), event.sector(),
                new CaseClosed(event.caseId(), event.sector(), null, event.closedOn()));
    }

    @EventHandler
    void on(GrantProposedEvent event, EventMessage<GrantProposedEvent> message) {
        GrantTerms terms = event.terms();
        publisher.publish(message, GrantProposed.TYPE, event.citizenId(), event.organisation(), event.sector(),
                new GrantProposed(event.grantId(), event.caseId(), terms.offerId(), terms.hoursPerWeek(),
                        terms.validFrom(), terms.validUntil(), event.sector(), terms.legalBasis(),
                        event.externalPlacement(), event.frameGrantId(), event.awaitingVisitation(),
                        event.proposedBy()));
    }

    @EventHandler
    void on(GrantApprovedEvent event, EventMessage<GrantApprovedEvent> message) {
        GrantTerms terms = event.terms();
        publisher.publish(message, GrantApproved.TYPE, event.citizenId(), event.organisation(), event.sector(),
                new GrantApproved(event.grantId(), terms.offerId(), terms.hoursPerWeek(), terms.validFrom(),
                        terms.validUntil(), event.sector(), terms.legalBasis(), event.approvedBy(),
                        event.withinAuthority()));
    }

    @EventHandler
    void on(GrantRejectedEvent event, EventMessage<GrantRejectedEvent> message) {
        GrantTerms terms = event.terms();
        publisher.publish(message, GrantRejected.TYPE, event.citizenId(), event.organisation(), event.sector(),
                new GrantRejected(event.grantId(), terms.offerId(), terms.hoursPerWeek(), terms.validFrom(),
                        terms.validUntil(), event.sector(), terms.legalBasis(), event.rejectedBy(), null));
    }

    @EventHandler
    void on(GrantEndedEvent event, EventMessage<GrantEndedEvent> message) {
        GrantTerms terms = event.terms();
        publisher.publish(message, GrantEnded.TYPE, event.citizenId(), event.organisation(), event.sector(),
                new GrantEnded(event.grantId(), terms.offerId(), terms.hoursPerWeek(), terms.validFrom(),
                        terms.validUntil(), event.sector(), terms.legalBasis(), event.endedOn(), event.reason()));
    }

    /** Concerns no citizen: keyed by the caseworker, envelope citizen null. */
    @EventHandler
    void on(CaseloadExceededEvent event, EventMessage<CaseloadExceededEvent> message) {
        publisher.publish(event.caseworkerId(), message, CaseloadExceeded.TYPE, null, event.organisation(), null,
                new CaseloadExceeded(event.caseworkerId(), event.teamId(), event.caseload(),
                        event.recommendedCaseload()));
    }

    /** Concerns no citizen: keyed by the caseworker, envelope citizen null. Every change, for caseloads over time. */
    @EventHandler
    void on(CaseloadChangedEvent event, EventMessage<CaseloadChangedEvent> message) {
        publisher.publish(event.caseworkerId(), message, CaseloadChanged.TYPE, null, event.organisation(), null,
                new CaseloadChanged(event.caseworkerId(), event.teamId(), event.caseload(),
                        event.recommendedCaseload(), dayOf(message)));
    }

    /** Concerns no citizen: keyed by the team. */
    @EventHandler
    void on(TeamDefinedEvent event, EventMessage<TeamDefinedEvent> message) {
        publisher.publish(event.teamId(), message, TeamDefined.TYPE, null, event.organisation(), event.sector(),
                new TeamDefined(event.teamId(), event.sector(), event.name(), event.recommendedCaseload(),
                        dayOf(message)));
    }

    /** Concerns no citizen: keyed by the team. */
    @EventHandler
    void on(TeamSettingsChangedEvent event, EventMessage<TeamSettingsChangedEvent> message) {
        publisher.publish(event.teamId(), message, TeamSettingsChanged.TYPE, null, event.organisation(), null,
                new TeamSettingsChanged(event.teamId(), event.name(), event.recommendedCaseload(), dayOf(message)));
    }

    private static LocalDate dayOf(EventMessage<?> message) {
        return LocalDate.ofInstant(message.getTimestamp(), DANISH_TIME);
    }
}

package dk.tvaers.insight.facts.integration;

import dk.tvaers.contracts.IntegrationEvent;
import dk.tvaers.contracts.IntegrationEventCodec;
import dk.tvaers.contracts.Topics;
import dk.tvaers.contracts.cases.v1.CaseClosed;
import dk.tvaers.contracts.cases.v1.CaseOpened;
import dk.tvaers.contracts.cases.v1.CaseloadChanged;
import dk.tvaers.contracts.cases.v1.GrantApproved;
import dk.tvaers.contracts.cases.v1.GrantEnded;
import dk.tvaers.contracts.cases.v1.GrantProposed;
import dk.tvaers.contracts.cases.v1.TeamDefined;
import dk.tvaers.contracts.cases.v1.TeamSettingsChanged;
import dk.tvaers.insight.facts.api.CaseloadRecordedEvent;
import dk.tvaers.insight.facts.api.GrantApprovedEvent;
import dk.tvaers.insight.facts.api.GrantEndedEvent;
import dk.tvaers.insight.facts.api.GrantProposedEvent;
import dk.tvaers.insight.facts.api.Housing;
import dk.tvaers.insight.facts.api.SectorCaseClosedEvent;
import dk.tvaers.insight.facts.api.SectorCaseOpenedEvent;
import dk.tvaers.insight.facts.api.TeamRecordedEvent;
import dk.tvaers.platform.messaging.Inbox;
import dk.tvaers.platform.messaging.RelevantEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * case-service's events as facts: cases per sector, grants (hours, period, offer, housing, external placement),
 * teams and caseloads. Reasons in words, caseworkers of cases and approvers are not kept. Erasure is the
 * platform's access directory's, which calls {@code FactsProjection}. Applied once each (the inbox).
 */
@Component
class CaseEventsListener {

    static final String CONSUMER = "insight-service.case-events";

    private final IntegrationEventCodec codec;
    private final Inbox inbox;
    private final Facts facts;

    CaseEventsListener(IntegrationEventCodec codec, Inbox inbox, Facts facts) {
        this.codec = codec;
        this.inbox = inbox;
        this.facts = facts;
    }

    @KafkaListener(id = CONSUMER, topics = Topics.CASE, batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbox.receiveAll(CONSUMER, records, codec, RelevantEvents.all(), this::apply);
    }

    private void apply(IntegrationEvent<?> event) {
        String organisation = event.organisation();
        if (event.is(CaseOpened.TYPE)) {
            CaseOpened opened = event.payloadAs(CaseOpened.TYPE);
            facts.record(new SectorCaseOpenedEvent(event.citizenId(), organisation, opened.caseId(), opened.sector(),
                    opened.openedOn()));
        } else if (event.is(CaseClosed.TYPE)) {
            CaseClosed closed = event.payloadAs(CaseClosed.TYPE);
            facts.record(new SectorCaseClosedEvent(event.citizenId(), organisation, closed.caseId(),
                    closed.closedOn()));
        } else if (event.is(GrantProposed.TYPE)) {
            GrantProposed proposed = event.payloadAs(GrantProposed.TYPE);
            facts.record(new GrantProposedEvent(event.citizenId(), organisation, proposed.grantId(),
                    proposed.externalPlacement()));
        } else if (event.is(GrantApproved.TYPE)) {
            GrantApproved approved = event.payloadAs(GrantApproved.TYPE);
            facts.record(new GrantApprovedEvent(event.citizenId(), organisation, approved.grantId(),
                    approved.offerId(), approved.sector(), Housing.of(approved.legalBasis()), approved.hoursPerWeek(),
                    approved.validFrom(), approved.validUntil()));
        } else if (event.is(GrantEnded.TYPE)) {
            GrantEnded ended = event.payloadAs(GrantEnded.TYPE);
            facts.record(new GrantEndedEvent(event.citizenId(), organisation, ended.grantId(), ended.endedOn()));
        } else if (event.is(CaseloadChanged.TYPE)) {
            CaseloadChanged changed = event.payloadAs(CaseloadChanged.TYPE);
            facts.record(new CaseloadRecordedEvent(organisation, changed.caseworkerId(), changed.team(),
                    changed.caseload(), changed.recommendedCaseload(), changed.changedOn()));
        } else if (event.is(TeamDefined.TYPE)) {
            TeamDefined defined = event.payloadAs(TeamDefined.TYPE);
            facts.record(new TeamRecordedEvent(organisation, defined.team(), defined.sector(), defined.name(),
                    defined.recommendedCaseload(), defined.definedOn()));
        } else if (event.is(TeamSettingsChanged.TYPE)) {
            TeamSettingsChanged changed = event.payloadAs(TeamSettingsChanged.TYPE);
            facts.record(new TeamRecordedEvent(organisation, changed.team(), null, changed.name(),
                    changed.recommendedCaseload(), changed.changedOn()));
        }
    }
}

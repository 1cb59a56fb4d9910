package dk.tvaers.coordination.involvement.command;

import dk.tvaers.coordination.involvement.api.AwaitReceivingCaseCommand;
import dk.tvaers.coordination.involvement.api.ChangeSectorCaseworkerCommand;
import dk.tvaers.coordination.involvement.api.CoordinatorDesignatedEvent;
import dk.tvaers.coordination.involvement.api.CoordinatorNeededEvent;
import dk.tvaers.coordination.involvement.api.CoordinatorNeededEvent.Reason;
import dk.tvaers.coordination.involvement.api.DesignateCoordinatorCommand;
import dk.tvaers.coordination.involvement.api.EndSectorInvolvementCommand;
import dk.tvaers.coordination.involvement.api.ReceivingCaseAwaitedEvent;
import dk.tvaers.coordination.involvement.api.ReceivingCaseFoundEvent;
import dk.tvaers.coordination.involvement.api.RecordSectorInvolvementCommand;
import dk.tvaers.coordination.involvement.api.SectorCaseworkerChangedEvent;
import dk.tvaers.coordination.involvement.api.SectorInvolvedEvent;
import dk.tvaers.coordination.involvement.api.SectorInvolvementEndedEvent;
import dk.tvaers.platform.domain.ConflictException;
import dk.tvaers.platform.domain.RuleViolationException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Who works with one citizen: the sectors with an open case (and through which case and caseworker), and
 * the one coordinating caseworker (koordinerende sagsbehandler). The coordinator is never left empty
 * silently: when two sectors are involved without one, or the coordinator's case closes or moves to another
 * caseworker, the aggregate says so ({@link CoordinatorNeededEvent}). It also closes the loop of accepted
 * referrals: the receiving sector's case, open already or opened later, puts the referral in progress
 * ({@link ReceivingCaseFoundEvent}), decided here where the cases are known in order, not from a read model.
 */
@Aggregate
public class CitizenInvolvement {

    private record Involvement(String organisation, UUID caseId, String caseworkerId) {
    }

    private record CurrentCoordinator(String caseworkerId, String sector) {
    }

    private record AwaitedCase(String sector, String organisation) {
    }

    @AggregateIdentifier
    private UUID citizenId;
    private final Map<String, Involvement> bySector = new LinkedHashMap<>();
    private CurrentCoordinator coordinator;
    private boolean coordinatorNeeded;
    private final Map<UUID, AwaitedCase> awaitedByReferral = new LinkedHashMap<>();

    protected CitizenInvolvement() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordSectorInvolvementCommand command) {
        Involvement current = bySector.get(command.sector());
        if (current != null && command.caseId().equals(current.caseId())) {
            return;
        }
        apply(new SectorInvolvedEvent(command.citizenId(), command.organisation(), command.sector(), command.caseId(),
                command.caseworkerId(), command.since()));
        if (coordinator == null && !coordinatorNeeded && bySector.size() >= 2) {
            apply(new CoordinatorNeededEvent(citizenId, command.organisation(), Reason.NO_COORDINATOR, null, null,
                    List.copyOf(bySector.keySet())));
        }
        List.copyOf(awaitedByReferral.entrySet()).stream()
                .filter(awaited -> awaited.getValue().sector().equals(command.sector())
                        && awaited.getValue().organisation().equals(command.organisation()))
                .forEach(awaited -> apply(new ReceivingCaseFoundEvent(citizenId, awaited.getKey(), command.sector(),
                        command.organisation(), command.caseId(), command.caseworkerId(), command.since())));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AwaitReceivingCaseCommand command) {
        if (awaitedByReferral.containsKey(command.referralId())) {
            return;
        }
        Involvement receiving = bySector.get(command.sector());
        if (receiving != null && receiving.organisation().equals(command.organisation())) {
            apply(new ReceivingCaseFoundEvent(command.citizenId(), command.referralId(), command.sector(),
                    command.organisation(), receiving.caseId(), receiving.caseworkerId(), command.acceptedOn()));
        } else {
            apply(new ReceivingCaseAwaitedEvent(command.citizenId(), command.referralId(), command.sector(),
                    command.organisation()));
        }
    }

    @CommandHandler
    void handle(EndSectorInvolvementCommand command) {
        Involvement current = bySector.get(command.sector());
        if (current == null || !current.caseId().equals(command.caseId())) {
            return;
        }
        boolean coordinatorsCase = coordinator != null && coordinator.sector().equals(command.sector())
                && coordinator.caseworkerId().equals(current.caseworkerId());
        apply(new SectorInvolvementEndedEvent(citizenId, current.organisation(), command.sector(), current.caseId(),
                current.caseworkerId(), command.endedOn()));
        if (coordinatorsCase) {
            apply(new CoordinatorNeededEvent(citizenId, current.organisation(), Reason.COORDINATOR_CASE_CLOSED,
                    current.caseworkerId(), command.sector(), List.copyOf(bySector.keySet())));
        }
    }

    @CommandHandler
    void handle(ChangeSectorCaseworkerCommand command) {
        Involvement current = bySector.get(command.sector());
        if (current == null || !current.caseId().equals(command.caseId())
                || current.caseworkerId().equals(command.toCaseworkerId())) {
            return;
        }
        boolean coordinatorsCase = coordinator != null && coordinator.sector().equals(command.sector())
                && coordinator.caseworkerId().equals(current.caseworkerId());
        apply(new SectorCaseworkerChangedEvent(citizenId, current.organisation(), command.sector(), current.caseId(),
                current.caseworkerId(), command.toCaseworkerId(), command.changedOn()));
        if (coordinatorsCase) {
            apply(new CoordinatorNeededEvent(citizenId, current.organisation(), Reason.COORDINATOR_CASE_TRANSFERRED,
                    current.caseworkerId(), command.sector(), List.copyOf(bySector.keySet())));
        }
    }

    @CommandHandler
    void handle(DesignateCoordinatorCommand command) {
        Map.Entry<String, Involvement> involvement = caseOf(command.caseworkerId())
                .orElseThrow(() -> new RuleViolationException("caseworkerId", "coordinator.not-involved",
                        "The coordinator must be the responsible caseworker of an involved sector's open case."));
        if (coordinator != null && coordinator.caseworkerId().equals(command.caseworkerId())) {
            throw new ConflictException("coordinator.already-designated",
                    command.caseworkerId() + " is already the coordinating caseworker.");
        }
        boolean handOver = coordinator != null;
        if (handOver && (command.reason() == null || command.reason().isBlank())) {
            throw new RuleViolationException("reason", "coordinator.hand-over-reason-required",
                    "Handing the coordination over to another caseworker needs a reason.");
        }
        apply(new CoordinatorDesignatedEvent(citizenId, command.caseworkerId(), involvement.getKey(),
                involvement.getValue().organisation(), handOver ? coordinator.caseworkerId() : null,
                command.reason() == null || command.reason().isBlank() ? null : command.reason(),
                command.designatedBy()));
    }

    private Optional<Map.Entry<String, Involvement>> caseOf(String caseworkerId) {
        return bySector.entrySet().stream().filter(e -> e.getValue().caseworkerId().equals(caseworkerId)).findFirst();
    }

    @EventSourcingHandler
    void on(SectorInvolvedEvent event) {
        this.citizenId = event.citizenId();
        bySector.put(event.sector(), new Involvement(event.organisation(), event.caseId(), event.caseworkerId()));
    }

    @EventSourcingHandler
    void on(SectorInvolvementEndedEvent event) {
        bySector.remove(event.sector());
    }

    @EventSourcingHandler
    void on(SectorCaseworkerChangedEvent event) {
        bySector.computeIfPresent(event.sector(),
                (sector, involvement) -> new Involvement(involvement.organisation(), involvement.caseId(),
                        event.toCaseworkerId()));
    }

    @EventSourcingHandler
    void on(CoordinatorDesignatedEvent event) {
        coordinator = new CurrentCoordinator(event.caseworkerId(), event.sector());
        coordinatorNeeded = false;
    }

    @EventSourcingHandler
    void on(CoordinatorNeededEvent event) {
        coordinator = null;
        coordinatorNeeded = true;
    }

    @EventSourcingHandler
    void on(ReceivingCaseAwaitedEvent event) {
        this.citizenId = event.citizenId();
        awaitedByReferral.put(event.referralId(), new AwaitedCase(event.sector(), event.organisation()));
    }

    @EventSourcingHandler
    void on(ReceivingCaseFoundEvent event) {
        awaitedByReferral.remove(event.referralId());
    }
}

package dk.tvaers.coordination.involvement.command;

import dk.tvaers.coordination.involvement.api.RecordSectorInvolvementCommand;
import dk.tvaers.coordination.involvement.api.SectorInvolvedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** Which sectors work with one citizen, and through which case. */
@Aggregate
public class CitizenInvolvement {

    @AggregateIdentifier
    private UUID citizenId;
    private final Map<String, UUID> caseBySector = new HashMap<>();

    protected CitizenInvolvement() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordSectorInvolvementCommand command) {
        if (command.caseId().equals(caseBySector.get(command.sector()))) {
            return;
        }
        apply(new SectorInvolvedEvent(command.citizenId(), command.organisation(), command.sector(), command.caseId(),
                command.caseworkerId(), command.since()));
    }

    @EventSourcingHandler
    void on(SectorInvolvedEvent event) {
        this.citizenId = event.citizenId();
        caseBySector.put(event.sector(), event.caseId());
    }
}

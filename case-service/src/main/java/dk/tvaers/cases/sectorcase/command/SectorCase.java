package dk.tvaers.cases.sectorcase.command;

import dk.tvaers.cases.sectorcase.api.CaseOpenedEvent;
import dk.tvaers.cases.sectorcase.api.OpenCaseCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One sector's case for one citizen. */
@Aggregate
public class SectorCase {

    @AggregateIdentifier
    private UUID caseId;

    protected SectorCase() {
    }

    @CommandHandler
    public SectorCase(OpenCaseCommand command) {
        apply(new CaseOpenedEvent(command.caseId(), command.citizenId(), command.organisation(), command.sector(),
                command.legalBasis(), command.caseworkerId(), command.openedOn()));
    }

    @EventSourcingHandler
    void on(CaseOpenedEvent event) {
        this.caseId = event.caseId();
    }
}

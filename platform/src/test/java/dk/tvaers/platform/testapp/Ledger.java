package dk.tvaers.platform.testapp;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate
public class Ledger {

    public record RecordEntryCommand(@TargetAggregateIdentifier String entryId, int amount) {
    }

    public record EntryRecordedEvent(String entryId, int amount) {
    }

    @AggregateIdentifier
    private String entryId;

    protected Ledger() {
    }

    @CommandHandler
    public Ledger(RecordEntryCommand command) {
        apply(new EntryRecordedEvent(command.entryId(), command.amount()));
    }

    @EventSourcingHandler
    void on(EntryRecordedEvent event) {
        this.entryId = event.entryId();
    }
}

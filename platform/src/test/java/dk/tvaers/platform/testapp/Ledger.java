package dk.tvaers.platform.testapp;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

@Aggregate
public class Ledger {

    public record RecordEntryCommand(@TargetAggregateIdentifier String entryId, int amount) {
    }

    public record EntryRecordedEvent(String entryId, int amount) {
    }

    /** Records an entry that must be reviewed after a while: a deadline, persisted by db-scheduler. */
    public record RecordEntryForReviewCommand(@TargetAggregateIdentifier String entryId, Duration reviewAfter) {
    }

    public record EntryReviewDueEvent(String entryId) {
    }

    record ReviewDue(String entryId) {
    }

    @AggregateIdentifier
    private String entryId;

    protected Ledger() {
    }

    @CommandHandler
    public Ledger(RecordEntryCommand command) {
        apply(new EntryRecordedEvent(command.entryId(), command.amount()));
    }

    @CommandHandler
    public Ledger(RecordEntryForReviewCommand command, DeadlineManager deadlines) {
        apply(new EntryRecordedEvent(command.entryId(), 0));
        deadlines.schedule(command.reviewAfter(), "review", new ReviewDue(command.entryId()));
    }

    @DeadlineHandler(deadlineName = "review")
    void on(ReviewDue due) {
        apply(new EntryReviewDueEvent(due.entryId()));
    }

    @EventSourcingHandler
    void on(EntryRecordedEvent event) {
        this.entryId = event.entryId();
    }
}

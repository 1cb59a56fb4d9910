package dk.tvaers.platform.testapp;

import dk.tvaers.platform.privacy.DataSubject;
import dk.tvaers.platform.privacy.Erasable;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A sector's note about a citizen, in the citizen's own words: personal data in an event. */
@Aggregate
public class Notes {

    public record AddNoteCommand(@TargetAggregateIdentifier UUID noteId, UUID citizenId, String sector, String text) {
    }

    public record NoteAddedEvent(UUID noteId, @DataSubject UUID citizenId, String sector, @Erasable String text) {
    }

    @AggregateIdentifier
    private UUID noteId;

    protected Notes() {
    }

    @CommandHandler
    public Notes(AddNoteCommand command) {
        apply(new NoteAddedEvent(command.noteId(), command.citizenId(), command.sector(), command.text()));
    }

    @EventSourcingHandler
    void on(NoteAddedEvent event) {
        this.noteId = event.noteId();
    }
}

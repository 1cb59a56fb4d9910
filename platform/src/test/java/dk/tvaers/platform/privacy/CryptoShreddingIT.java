package dk.tvaers.platform.privacy;

import dk.tvaers.platform.testapp.Notes;
import dk.tvaers.platform.testapp.NotesProjection;
import dk.tvaers.platform.observability.ProjectionReplay;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestEvents;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Personal fields in stored events are encrypted with the citizen's key; erasing the citizen deletes the
 * key. After erasure and a full replay nothing of that citizen is readable, and every other citizen is
 * intact.
 */
@ServiceIntegrationTest
class CryptoShreddingIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Autowired
    NotesProjection notes;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    CitizenKeyStore keys;

    @Autowired
    JdbcClient jdbc;

    @Test
    void personalFieldsAreStoredEncrypted() {
        UUID citizen = UUID.randomUUID();
        UUID note = UUID.randomUUID();

        commands.sendAndWait(new Notes.AddNoteCommand(note, citizen, "social-services", "Drømmer om at blive advokat"));

        String stored = jdbc.sql("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(note.toString()).query(String.class).single();
        assertThat(stored).doesNotContain("advokat").contains(CryptoShreddingSerializer.PREFIX)
                .contains(citizen.toString());
        Notes.NoteAddedEvent read = (Notes.NoteAddedEvent) eventStore.readEvents(note.toString()).next().getPayload();
        assertThat(read.text()).isEqualTo("Drømmer om at blive advokat");
    }

    @Test
    void afterErasureAndAFullReplayNothingOfTheCitizenIsReadableAndOthersAreIntact() {
        UUID erased = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID erasedNote = UUID.randomUUID();
        UUID keptNote = UUID.randomUUID();
        commands.sendAndWait(new Notes.AddNoteCommand(erasedNote, erased, "psychiatry", "Hører stemmer om natten"));
        commands.sendAndWait(new Notes.AddNoteCommand(keptNote, kept, "psychiatry", "Går til træning hver tirsdag"));
        await().atMost(WAIT).until(() -> notes.of(erased).size() == 1 && notes.of(kept).size() == 1);

        TestEvents.citizenErased(erased);
        await().atMost(WAIT).until(() -> keys.existingKeyFor(erased).isEmpty());
        assertThat(notes.of(erased)).as("the projection forgot the citizen").isEmpty();

        ProjectionReplay.replay(processing, NotesProjection.GROUP);
        await().atMost(WAIT).until(() -> notes.of(kept).size() == 1);

        assertThat(notes.of(erased)).as("not rebuilt by the replay").isEmpty();
        assertThat(notes.of(kept)).singleElement().extracting(NotesProjection.Note::text)
                .isEqualTo("Går til træning hver tirsdag");
        Notes.NoteAddedEvent fromStore = (Notes.NoteAddedEvent) eventStore.readEvents(erasedNote.toString()).next()
                .getPayload();
        assertThat(fromStore.text()).as("the personal field cannot be decrypted any more").isNull();
        assertThat(fromStore.citizenId()).isEqualTo(erased);
        assertThat(jdbc.sql("SELECT count(*) FROM note_view WHERE text LIKE '%stemmer%'").query(Long.class).single())
                .isZero();
    }
}

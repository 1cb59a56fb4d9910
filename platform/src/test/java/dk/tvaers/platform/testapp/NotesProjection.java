package dk.tvaers.platform.testapp;

import dk.tvaers.platform.privacy.ErasedCitizens;
import dk.tvaers.platform.privacy.ErasureHandler;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

@Component
@ProcessingGroup(NotesProjection.GROUP)
public class NotesProjection implements ErasureHandler {

    public static final String GROUP = "notes";

    public record Note(UUID noteId, UUID citizenId, String sector, String text)
            implements dk.tvaers.platform.privacy.CitizenData {
    }

    private final JdbcClient jdbc;
    private final ErasedCitizens erased;

    NotesProjection(JdbcClient jdbc, ErasedCitizens erased) {
        this.jdbc = jdbc;
        this.erased = erased;
    }

    @EventHandler
    void on(Notes.NoteAddedEvent event) {
        if (erased.contains(event.citizenId())) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO note_view (note_id, citizen_id, sector, text) VALUES (?, ?, ?, ?)
                        ON CONFLICT (note_id) DO NOTHING""")
                .params(event.noteId(), event.citizenId(), event.sector(), event.text()).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("DELETE FROM note_view").update();
    }

    @Override
    public void erase(UUID citizenId) {
        jdbc.sql("DELETE FROM note_view WHERE citizen_id = ?").param(citizenId).update();
    }

    public List<Note> of(UUID citizenId) {
        return jdbc.sql("SELECT note_id, citizen_id, sector, text FROM note_view WHERE citizen_id = ? ORDER BY note_id")
                .param(citizenId).query(Note.class).list();
    }

    public List<Note> all() {
        return jdbc.sql("SELECT note_id, citizen_id, sector, text FROM note_view ORDER BY note_id").query(Note.class)
                .list();
    }
}

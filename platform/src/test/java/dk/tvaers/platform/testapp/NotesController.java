package dk.tvaers.platform.testapp;

import dk.tvaers.platform.privacy.AccessKind;
import dk.tvaers.platform.privacy.CitizenAccess;
import dk.tvaers.platform.privacy.NoPersonalData;
import dk.tvaers.platform.privacy.PersonalData;
import dk.tvaers.platform.security.Actor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** The testapp's API: notes are personal data and guarded; the count is not. */
@RestController
@RequestMapping("/api/notes")
class NotesController {

    record NoteRequest(UUID citizenId, String text) {
    }

    private final CommandGateway commands;
    private final NotesProjection notes;
    private final CitizenAccess access;

    NotesController(CommandGateway commands, NotesProjection notes, CitizenAccess access) {
        this.commands = commands;
        this.notes = notes;
        this.access = access;
    }

    @PostMapping
    @PersonalData(category = "notes", kind = AccessKind.CHANGE, citizen = "")
    UUID add(@RequestBody NoteRequest request, Actor actor) {
        access.requireChange(actor, request.citizenId(), actor.sector());
        UUID noteId = UUID.randomUUID();
        commands.sendAndWait(new Notes.AddNoteCommand(noteId, request.citizenId(), actor.sector(), request.text()));
        return noteId;
    }

    /** The citizen's notes the caller may read: their own sector's, and others' as consent allows. */
    @GetMapping("/{citizenId}")
    @PersonalData(category = "notes")
    List<NotesProjection.Note> of(@PathVariable UUID citizenId, Actor actor) {
        access.requireRead(actor, citizenId, null, "notes");
        return notes.of(citizenId).stream()
                .filter(note -> access.canRead(actor, citizenId, note.sector(), "notes"))
                .toList();
    }

    @GetMapping
    @PersonalData(category = "notes", kind = AccessKind.SEARCH, citizen = "")
    List<NotesProjection.Note> search(@RequestParam String text, Actor actor) {
        var mine = access.citizensOf(actor);
        return notes.all().stream()
                .filter(note -> mine.contains(note.citizenId()) && note.text() != null && note.text().contains(text))
                .filter(note -> access.canRead(actor, note.citizenId(), note.sector(), "notes"))
                .toList();
    }

    @GetMapping("/count")
    @NoPersonalData("a count over all citizens")
    long count() {
        return notes.all().size();
    }
}

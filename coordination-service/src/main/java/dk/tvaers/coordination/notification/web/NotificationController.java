package dk.tvaers.coordination.notification.web;

import dk.tvaers.coordination.notification.api.Notification;
import dk.tvaers.platform.domain.NotFoundException;
import dk.tvaers.platform.privacy.AccessKind;
import dk.tvaers.platform.privacy.PersonalData;
import dk.tvaers.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.List;

/** The caller's notification feed, and the same as a live stream (server-sent events). */
@RestController
@RequestMapping("/api/coordination/notifications")
@PreAuthorize("hasAnyRole('caseworker', 'coordinator', 'team-leader')")
class NotificationController {

    private final NotificationFeed feed;
    private final NotificationStream stream;

    NotificationController(NotificationFeed feed, NotificationStream stream) {
        this.feed = feed;
        this.stream = stream;
    }

    @GetMapping
    @PersonalData(category = "notifications", kind = AccessKind.SEARCH, citizen = "")
    @Operation(summary = "The caller's and their team's notifications, newest first")
    List<Notification> notifications(@RequestParam(defaultValue = "false") boolean unreadOnly,
                                     @RequestParam(defaultValue = "0") @Min(0) long after,
                                     @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit, Actor actor) {
        return feed.feed(actor, after, unreadOnly, limit);
    }

    @PostMapping("/{id}/read")
    @PersonalData(category = "notifications", kind = AccessKind.CHANGE, citizen = "")
    @Operation(summary = "Mark one of the caller's notifications read")
    ResponseEntity<Void> markRead(@PathVariable @Min(1) long id, Actor actor) {
        if (!feed.markRead(actor, id)) {
            throw new NotFoundException("notification", id);
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * New notifications as they arrive, as {@code notification} events with the notification as JSON data.
     * A reconnecting client sends {@code Last-Event-ID} and gets what it missed.
     */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PersonalData(category = "notifications", kind = AccessKind.SEARCH, citizen = "")
    @Operation(summary = "Live notifications (server-sent events)")
    SseEmitter live(@RequestHeader(name = "Last-Event-ID", required = false) Long lastEventId, Actor actor) {
        return stream.subscribe(actor, lastEventId);
    }
}

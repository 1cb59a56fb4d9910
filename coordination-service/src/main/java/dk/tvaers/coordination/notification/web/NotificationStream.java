package dk.tvaers.coordination.notification.web;

import dk.tvaers.coordination.notification.api.Notification;
import dk.tvaers.platform.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live notifications as server-sent events. Each subscriber's feed is read from the database once a second
 * from the last id it was sent, so any instance of the service can serve any subscriber, whichever instance
 * wrote the notification. A comment line every 15 seconds keeps proxies from closing an idle stream.
 */
@Component
class NotificationStream implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationStream.class);
    static final Duration TIMEOUT = Duration.ofMinutes(30);

    private record Subscriber(Actor actor, SseEmitter emitter, AtomicLong lastId, AtomicLong ticks) {
    }

    private final NotificationFeed feed;
    private final Map<SseEmitter, Subscriber> subscribers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "notification-stream");
        thread.setDaemon(true);
        return thread;
    });

    NotificationStream(NotificationFeed feed) {
        this.feed = feed;
        poller.scheduleWithFixedDelay(this::pushAll, 1, 1, TimeUnit.SECONDS);
    }

    /** Opens a stream that starts after {@code afterId} (0: only what arrives from now on). */
    SseEmitter subscribe(Actor actor, Long afterId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        long start = afterId != null ? afterId : latestId(actor);
        Subscriber subscriber = new Subscriber(actor, emitter, new AtomicLong(start), new AtomicLong());
        emitter.onCompletion(() -> subscribers.remove(emitter));
        emitter.onTimeout(() -> subscribers.remove(emitter));
        emitter.onError(error -> subscribers.remove(emitter));
        subscribers.put(emitter, subscriber);
        try {
            emitter.send(SseEmitter.event().comment("tvaers notifications"));
        } catch (IOException e) {
            subscribers.remove(emitter);
        }
        return emitter;
    }

    private long latestId(Actor actor) {
        return feed.feed(actor, 0, false, 1).stream().mapToLong(Notification::id).max().orElse(0);
    }

    private void pushAll() {
        subscribers.values().forEach(this::push);
    }

    private void push(Subscriber subscriber) {
        try {
            List<Notification> fresh = new ArrayList<>(feed.feed(subscriber.actor(), subscriber.lastId().get(), false,
                    100));
            Collections.reverse(fresh);
            for (Notification notification : fresh) {
                subscriber.emitter().send(SseEmitter.event().id(Long.toString(notification.id()))
                        .name("notification").data(notification, MediaType.APPLICATION_JSON));
                subscriber.lastId().set(Math.max(subscriber.lastId().get(), notification.id()));
            }
            if (subscriber.ticks().incrementAndGet() % 15 == 0) {
                subscriber.emitter().send(SseEmitter.event().comment("keep-alive"));
            }
        } catch (IOException | IllegalStateException e) {
            subscribers.remove(subscriber.emitter());
            subscriber.emitter().completeWithError(e);
        } catch (RuntimeException e) {
            log.warn("Could not push notifications to {}", subscriber.actor().userId(), e);
        }
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
        subscribers.keySet().forEach(SseEmitter::complete);
    }
}

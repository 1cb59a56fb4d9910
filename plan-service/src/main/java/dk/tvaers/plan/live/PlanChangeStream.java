package dk.tvaers.plan.live;

import dk.tvaers.contracts.ConsentCategories;
import dk.tvaers.platform.privacy.CitizenAccess;
import dk.tvaers.platform.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Tells an open plan page that the plan has changed, so it reloads by itself when another sector changes it. The
 * versions of the watched plans are read from the plan read model once a second in one query, so any instance of
 * the service serves any watcher whichever instance handled the change, and a page that reloads on the signal
 * finds the change already in the read model. The signal carries the plan's version only: the page reads the plan
 * itself through the ordinary, access-checked and audited endpoint. Access is checked again before each signal;
 * a watcher who may no longer see the citizen has the stream closed. A comment every 15 seconds keeps proxies
 * from closing an idle stream.
 */
@Component
public class PlanChangeStream implements DisposableBean {

    public static final String EVENT = "plan-changed";
    static final Duration TIMEOUT = Duration.ofMinutes(30);
    /** The version of a plan that does not exist (yet): a new plan's first version is 0. */
    public static final long NO_PLAN = -1;
    private static final Logger log = LoggerFactory.getLogger(PlanChangeStream.class);

    private record Watcher(Actor actor, UUID citizenId, SseEmitter emitter, long[] lastVersion) {
    }

    public record PlanChanged(UUID citizenId, long version) {
    }

    private final JdbcClient jdbc;
    private final CitizenAccess access;
    private final Map<SseEmitter, Watcher> watchers = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "plan-change-stream");
        thread.setDaemon(true);
        return thread;
    });
    private long ticks;

    public PlanChangeStream(JdbcClient jdbc, CitizenAccess access) {
        this.jdbc = jdbc;
        this.access = access;
        poller.scheduleWithFixedDelay(this::pushAll, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Watches the citizen's plan for the caller, whose access the controller has checked. The first event tells the
     * version now ({@code -1}: no plan yet), so a page that loaded before subscribing knows whether it missed one.
     */
    public SseEmitter watch(Actor actor, UUID citizenId) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        long now = versions(Set.of(citizenId)).getOrDefault(citizenId, NO_PLAN);
        Watcher watcher = new Watcher(actor, citizenId, emitter, new long[]{now});
        emitter.onCompletion(() -> watchers.remove(emitter));
        emitter.onTimeout(() -> watchers.remove(emitter));
        emitter.onError(error -> watchers.remove(emitter));
        watchers.put(emitter, watcher);
        try {
            send(watcher, now);
        } catch (IOException e) {
            watchers.remove(emitter);
        }
        return emitter;
    }

    int watching() {
        return watchers.size();
    }

    private void pushAll() {
        try {
            if (watchers.isEmpty()) {
                return;
            }
            Map<UUID, Long> versions = versions(watchers.values().stream().map(Watcher::citizenId)
                    .collect(Collectors.toSet()));
            boolean keepAlive = ++ticks % 15 == 0;
            watchers.values().forEach(watcher -> push(watcher, versions.getOrDefault(watcher.citizenId(), NO_PLAN),
                    keepAlive));
        } catch (RuntimeException e) {
            log.warn("Could not read the watched plans' versions", e);
        }
    }

    private void push(Watcher watcher, long version, boolean keepAlive) {
        try {
            if (version > watcher.lastVersion()[0]) {
                if (!access.canRead(watcher.actor(), watcher.citizenId(), null, ConsentCategories.PLAN)) {
                    watchers.remove(watcher.emitter());
                    watcher.emitter().complete();
                    return;
                }
                send(watcher, version);
            } else if (keepAlive) {
                watcher.emitter().send(SseEmitter.event().comment("keep-alive"));
            }
        } catch (IOException | IllegalStateException e) {
            watchers.remove(watcher.emitter());
            watcher.emitter().completeWithError(e);
        } catch (RuntimeException e) {
            log.warn("Could not tell {} of a change to a plan", watcher.actor().userId(), e);
        }
    }

    private void send(Watcher watcher, long version) throws IOException {
        watcher.emitter().send(SseEmitter.event().id(Long.toString(version)).name(EVENT)
                .data(new PlanChanged(watcher.citizenId(), version), MediaType.APPLICATION_JSON));
        watcher.lastVersion()[0] = version;
    }

    private Map<UUID, Long> versions(Set<UUID> citizens) {
        Map<UUID, Long> versions = new HashMap<>();
        if (citizens.isEmpty()) {
            return versions;
        }
        jdbc.sql("SELECT citizen_id, last_sequence FROM plan_document WHERE citizen_id = ANY(?)")
                .param(citizens.toArray(UUID[]::new))
                .query((row, n) -> Map.entry(row.getObject("citizen_id", UUID.class), row.getLong("last_sequence")))
                .list()
                .forEach(entry -> versions.put(entry.getKey(), entry.getValue()));
        return versions;
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
        List.copyOf(watchers.keySet()).forEach(SseEmitter::complete);
    }
}

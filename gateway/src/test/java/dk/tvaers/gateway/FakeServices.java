package dk.tvaers.gateway;

import com.sun.net.httpserver.HttpServer;
import dk.tvaers.testsupport.TestIdentityProvider;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Small real HTTP servers standing in for the four services, recording what reached them. */
final class FakeServices {

    static final List<String> NAMES = List.of("case-service", "plan-service", "offer-service", "coordination-service");

    final Map<String, List<String>> received = new ConcurrentHashMap<>();
    private final Map<String, HttpServer> servers = new ConcurrentHashMap<>();
    private final CountDownLatch silence = new CountDownLatch(1);
    private final Set<String> unavailableOnce = ConcurrentHashMap.newKeySet();

    FakeServices() {
        NAMES.forEach(name -> servers.put(name, start(name)));
    }

    /** Routes the gateway to these servers, and has it trust the test issuer's tokens. */
    void register(DynamicPropertyRegistry registry) {
        servers.forEach((name, server) -> registry.add("tvaers.services." + name,
                () -> "http://localhost:" + server.getAddress().getPort()));
        registry.add("tvaers.auth.issuer", () -> TestIdentityProvider.get().issuer());
        registry.add("tvaers.auth.jwk-set-uri", () -> TestIdentityProvider.get().jwkSetUri());
    }

    List<String> receivedBy(String service) {
        return received.getOrDefault(service, List.of());
    }

    void stop() {
        endSilence();
        servers.values().forEach(server -> server.stop(0));
    }

    private HttpServer start(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", exchange -> {
                received.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>()).add(
                        exchange.getRequestURI() + " correlation=" + exchange.getRequestHeaders()
                                .getFirst("X-Correlation-Id"));
                String query = exchange.getRequestURI().getQuery();
                if ("silent".equals(query)) {
                    awaitEndOfSilence();
                }
                if (query != null && query.startsWith("unavailable-once=") && unavailableOnce.add(query)) {
                    // a service restarting: the first request with this query is refused, later ones are answered
                    exchange.sendResponseHeaders(503, -1);
                    exchange.close();
                    return;
                }
                byte[] body = name.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets every request that asked for silence ({@code ?silent}) be answered. */
    void endSilence() {
        silence.countDown();
    }

    private void awaitEndOfSilence() {
        try {
            // bounded, so a test that forgets to end the silence cannot hold a server thread for ever
            silence.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

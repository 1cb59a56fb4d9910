package dk.tvaers.systemtests;

import dk.tvaers.launcher.Infrastructure;
import dk.tvaers.launcher.Platform;
import dk.tvaers.testsupport.DatabaseServer;
import dk.tvaers.testsupport.OidcLogin;
import dk.tvaers.testsupport.TestInfrastructure;
import dk.tvaers.testsupport.TestMasterKeys;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole platform as the launcher runs it (every service, the gateway with the web frontend, the demo sign-in) on
 * the test PostgreSQL and Kafka, started once for the test JVM; and the API as each demo user calls it, for the
 * data a journey starts from.
 */
final class RunningPlatform {

    static final Duration WAIT = Duration.ofSeconds(30);
    private static Platform platform;
    private static final Map<String, RestClient> CLIENTS = new ConcurrentHashMap<>();

    private RunningPlatform() {
    }

    static synchronized Platform get() {
        if (platform == null) {
            // as the launcher does: one logging set-up for the whole JVM (logback.xml), not one per service
            // context; contexts starting side by side would otherwise reset Logback under each other
            System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
            DatabaseServer postgres = TestInfrastructure.postgres();
            platform = Platform.start(new Infrastructure() {
                @Override
                public ServiceDatabase database(String serviceName) {
                    return new ServiceDatabase(postgres.jdbcUrl(postgres.createDatabase(serviceName)),
                            postgres.username(), postgres.password());
                }

                @Override
                public String kafkaBootstrapServers() {
                    return TestInfrastructure.kafka().bootstrapServers();
                }

                @Override
                public String masterKey(String serviceName) {
                    return TestMasterKeys.of(serviceName);
                }
            }, false, Map.of());
        }
        return platform;
    }

    /**
     * Starts the platform before a journey class and stops it when the whole test run ends, so the journey classes
     * share one platform (it takes about 40 s to start) instead of each starting its own.
     */
    static final class Shared implements BeforeAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            get();
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).computeIfAbsent(RunningPlatform.class.getName(),
                    key -> (AutoCloseable) RunningPlatform::close, AutoCloseable.class);
        }
    }

    static synchronized void close() {
        if (platform != null) {
            platform.close();
            platform = null;
        }
    }

    /** The web frontend's address as a person opens it: the loopback address the sign-in accepts. */
    static String appUrl() {
        return "http://127.0.0.1:" + get().gatewayPort();
    }

    /** The API as the demo user, signed in with the same client and flow as the web frontend. */
    static RestClient as(String user) {
        return CLIENTS.computeIfAbsent(user, name -> RestClient.builder().baseUrl(get().gatewayUrl())
                .defaultHeader("Authorization", "Bearer " + OidcLogin.accessToken(get().issuer(), "tvaers-web",
                        "http://127.0.0.1:8080/login/callback", name, "demo"))
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build());
    }

    static ResponseEntity<Map> post(String user, String path, Object body, Object... vars) {
        return as(user).post().uri(path, vars).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toEntity(Map.class);
    }

    static ResponseEntity<Map> put(String user, String path, Object body, Object... vars) {
        return as(user).put().uri(path, vars).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toEntity(Map.class);
    }

    static Map<String, Object> created(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return response.getBody();
    }

    /** Waits until the coordination service knows every sector that opened a case. */
    static void awaitInvolved(String user, String citizenId, int sectors) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(as(user).get()
                .uri("/api/coordination/citizens/{id}/involved-sectors", citizenId).retrieve().body(List.class))
                .hasSize(sectors));
    }

    static void awaitPlan(String user, String citizenId) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(as(user).get().uri("/api/plans/citizens/{id}", citizenId)
                .retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(200));
    }
}

package dk.tvaers.launcher;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import dk.tvaers.testsupport.DatabaseServer;
import dk.tvaers.testsupport.OidcLogin;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.TestInfrastructure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The whole platform as the launcher runs it, on the test PostgreSQL and Kafka, started once for all
 * end-to-end tests in this JVM. Everything the platform logs is kept (as text), so a test can check
 * what would have reached a log file.
 */
final class TestPlatform {

    private static TestPlatform instance;

    final Platform platform;
    final Map<String, String> databases = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> log = new ConcurrentLinkedQueue<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private TestPlatform() {
        // one logging set-up for the JVM, as the launcher runs; Boot would otherwise reset it per context
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        captureLogs();
        DatabaseServer postgres = TestInfrastructure.postgres();
        platform = Platform.start(new Infrastructure() {
            @Override
            public ServiceDatabase database(String serviceName) {
                String database = postgres.createDatabase(serviceName);
                databases.put(serviceName, database);
                return new ServiceDatabase(postgres.jdbcUrl(database), postgres.username(), postgres.password());
            }

            @Override
            public String kafkaBootstrapServers() {
                return TestInfrastructure.kafka().bootstrapServers();
            }
        }, false, Map.of());
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "test-platform-stop"));
    }

    static synchronized TestPlatform get() {
        if (instance == null) {
            instance = new TestPlatform();
        }
        return instance;
    }

    /** The gateway, called as the persona: people sign in through the real login form, clients with their secret. */
    RestClient as(Persona persona) {
        return RestClient.builder().baseUrl(platform.gatewayUrl())
                .defaultHeader("Authorization", "Bearer " + token(persona))
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }

    /** The persona's access token from the platform's sign-in, fetched once. */
    String token(Persona persona) {
        return tokens.computeIfAbsent(persona.userId(), user -> persona.name() == null
                ? OidcLogin.clientToken(platform.issuer(), persona.userId(), persona.userId() + "-secret")
                : OidcLogin.accessToken(platform.issuer(), "tvaers-web", "http://127.0.0.1:8080/login/callback",
                persona.userId(), "demo"));
    }

    private void captureLogs() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
                @Override
                protected void append(ILoggingEvent event) {
                    StringBuilder line = new StringBuilder(event.getFormattedMessage());
                    event.getMDCPropertyMap().forEach((key, value) -> line.append(' ').append(key).append('=')
                            .append(value));
                    if (event.getThrowableProxy() != null) {
                        line.append(' ').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
                    }
                    log.add(line.toString());
                }
            };
            appender.setContext(context);
            appender.setName("tvaers-test-capture");
            appender.start();
            context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
        }
    }
}

package dk.tvaers.launcher;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import dk.tvaers.testsupport.DatabaseServer;
import dk.tvaers.testsupport.OidcLogin;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.TestInfrastructure;
import dk.tvaers.testsupport.TestMasterKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The whole platform as the launcher runs it, on the test PostgreSQL and Kafka, started once for all
 * end-to-end tests in this JVM. Everything the platform logs is kept (as text), so a test can check
 * what would have reached a log file.
 */
final class TestPlatform {

    /** A caseworker of the municipality in a sector that has nothing to do with the test's citizens. */
    static final Persona FRIDA_PROBATION_HOLSTEBRO = new Persona("frida.forsorg", "Frida Friis",
            List.of("caseworker"), "probation", "holstebro", "kif-holstebro");
    /** The data protection officer of another municipality. */
    static final Persona GITTE_DPO_EGEDAL = new Persona("gitte.dpo", "Gitte Gram", List.of("dpo"), null, "egedal",
            null);
    /** People only the test platform's sign-in knows: the demo realm has no one for these cells of the matrix. */
    static final List<Persona> TEST_PEOPLE = List.of(FRIDA_PROBATION_HOLSTEBRO, GITTE_DPO_EGEDAL);

    private static TestPlatform instance;

    final Platform platform;
    final Map<String, String> databases = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> log = new ConcurrentLinkedQueue<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private TestPlatform() {
        // one logging set-up for the JVM, as the launcher runs; Boot would otherwise reset it per context
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        captureLogs();
        System.setProperty("tvaers.auth.realm", "file:" + realmWithTestPeople());
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

            @Override
            public String masterKey(String serviceName) {
                return TestMasterKeys.of(serviceName);
            }
        }, false, Map.of());
        TestInfrastructure.closeBeforeServersStop(platform);
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

    /** The demo realm and {@link #TEST_PEOPLE}, as a file the sign-in reads ({@code tvaers.auth.realm}). */
    private static Path realmWithTestPeople() {
        JsonMapper json = JsonMapper.builder().build();
        try (InputStream demo = TestPlatform.class.getResourceAsStream("/keycloak/tvaers-realm.json")) {
            ObjectNode realm = (ObjectNode) json.readTree(demo);
            ArrayNode users = (ArrayNode) realm.get("users");
            for (Persona person : TEST_PEOPLE) {
                ObjectNode user = users.addObject();
                user.put("username", person.userId());
                user.put("firstName", person.name().substring(0, person.name().indexOf(' ')));
                user.put("lastName", person.name().substring(person.name().indexOf(' ') + 1));
                user.put("enabled", true);
                user.putArray("credentials").addObject().put("type", "password").put("value", "demo")
                        .put("temporary", false);
                ArrayNode roles = user.putArray("realmRoles");
                person.roles().forEach(roles::add);
                ObjectNode attributes = user.putObject("attributes");
                if (person.sector() != null) {
                    attributes.putArray("sector").add(person.sector());
                }
                attributes.putArray("organisation").add(person.organisation());
                if (person.team() != null) {
                    attributes.putArray("team").add(person.team());
                }
            }
            Path file = Files.createTempFile("tvaers-test-realm", ".json");
            file.toFile().deleteOnExit();
            json.writeValue(file.toFile(), realm);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

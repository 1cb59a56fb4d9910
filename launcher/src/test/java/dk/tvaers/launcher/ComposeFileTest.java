package dk.tvaers.launcher;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs where this is built, so {@code docker compose up} cannot be tried here; this
 * checks instead that docker-compose.yml runs the same platform the launcher runs: every service with
 * its own database, Kafka, a healthcheck, and start order by health.
 */
class ComposeFileTest {

    static Map<String, Object> services;
    static String postgresInit;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Map<String, Object> compose = new Yaml(new LoaderOptions()).load(
                Files.readString(root.resolve("docker-compose.yml")));
        services = (Map<String, Object>) compose.get("services");
        postgresInit = Files.readString(root.resolve("compose/postgres/init.sql"));
    }

    @ParameterizedTest
    @EnumSource(TvaersService.class)
    void everyServiceRunsOnItsOwnDatabaseAndKafkaWithAHealthcheck(TvaersService service) {
        Map<String, Object> definition = service(service.serviceName);
        Map<String, Object> environment = map(definition, "environment");

        assertThat(map(definition, "build")).containsEntry("args", Map.of("MODULE", service.serviceName));
        assertThat(environment).containsEntry("SPRING_DATASOURCE_URL",
                "jdbc:postgresql://postgres:5432/" + service.database);
        assertThat(environment).containsEntry("SPRING_DATASOURCE_USERNAME", service.databaseUser);
        assertThat(environment).containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
        assertThat(environment).containsEntry("TVAERS_AUTH_ISSUER", "http://localhost:8180/realms/tvaers");
        assertThat(environment.get("TVAERS_AUTH_JWK_SET_URI").toString()).startsWith("http://keycloak:8180/");
        assertThat(java.util.Base64.getDecoder().decode(environment.get("TVAERS_PRIVACY_MASTER_KEY").toString()))
                .as("an AES-256 master key").hasSize(32);
        assertThat(healthcheck(definition)).contains("localhost/" + service.defaultPort).contains("/actuator/health/readiness");
        assertThat(map(definition, "depends_on")).containsEntry("postgres", Map.of("condition", "service_healthy"))
                .containsEntry("kafka", Map.of("condition", "service_healthy"));
        assertThat(postgresInit).contains("CREATE DATABASE " + service.database + " OWNER " + service.databaseUser);
    }

    @Test
    void theGatewayRoutesToEveryServiceAndStartsWhenTheyAreHealthy() {
        Map<String, Object> gateway = service("gateway");
        Map<String, Object> environment = map(gateway, "environment");

        for (TvaersService service : TvaersService.values()) {
            String variable = "TVAERS_SERVICES_" + service.serviceName.toUpperCase().replace('-', '_');
            assertThat(environment).containsEntry(variable,
                    "http://" + service.serviceName + ":" + service.defaultPort);
            assertThat(map(gateway, "depends_on")).containsEntry(service.serviceName,
                    Map.of("condition", "service_healthy"));
        }
        assertThat((List<String>) gateway.get("ports")).containsExactly("8080:8080");
        assertThat(healthcheck(gateway)).contains("localhost/8080").contains("/actuator/health/readiness");
    }

    @Test
    @SuppressWarnings("unchecked")
    void keycloakSignsInWithTheSameDemoRealmAsTheLocalRun() {
        Map<String, Object> keycloak = service("keycloak");

        assertThat((List<String>) keycloak.get("command")).contains("--import-realm");
        assertThat((List<String>) keycloak.get("volumes")).anyMatch(volume ->
                volume.startsWith("./auth-server/src/main/resources/keycloak/tvaers-realm.json:"));
        assertThat(healthcheck(keycloak)).contains("/health/ready");
        assertThat(map(service("gateway"), "environment")).containsEntry("TVAERS_AUTH_ISSUER",
                "http://localhost:8180/realms/tvaers");
    }

    @Test
    void postgresAndKafkaAreRealServersWithHealthchecks() {
        assertThat(service("postgres").get("image").toString()).startsWith("postgres:17");
        assertThat(healthcheck(service("postgres"))).contains("pg_isready");
        assertThat(service("kafka").get("image").toString()).startsWith("apache/kafka:");
        assertThat(map(service("kafka"), "environment")).containsEntry("KAFKA_PROCESS_ROLES", "broker,controller");
        assertThat(healthcheck(service("kafka"))).contains("kafka-broker-api-versions");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        assertThat(services).as("compose services").containsKey(name);
        return (Map<String, Object>) services.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    private static String healthcheck(Map<String, Object> definition) {
        return String.join(" ", (List<String>) map(definition, "healthcheck").get("test"));
    }
}

package dk.tvaers.launcher;

import dk.tvaers.testsupport.DatabaseServer;
import dk.tvaers.testsupport.TestInfrastructure;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a citizen's whole story has gone through every service, the citizen's CPR number and name are
 * nowhere but in case-service, and there only encrypted: not on any Kafka topic, not in any log line,
 * not in any other service's database (audit logs, event stores and read models included).
 */
class PersonalDataScanIT {

    static TestPlatform platform;
    static Scenario scenario;
    static List<String> needles;

    @BeforeAll
    static void tellAStory() {
        platform = TestPlatform.get();
        scenario = Scenario.tell(platform);
        needles = List.of(scenario.cpr, scenario.cpr.replace("-", ""), scenario.name, scenario.surname());
    }

    @Test
    void noKafkaTopicCarriesTheCprNumberOrName() throws Exception {
        String bootstrap = TestInfrastructure.kafka().bootstrapServers();
        Set<String> topics;
        try (AdminClient admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            topics = admin.listTopics().names().get();
        }
        assertThat(topics).contains("tvaers.case.events", "tvaers.plan.events", "tvaers.offer.events",
                "tvaers.coordination.events");
        List<String> findings = new ArrayList<>();
        int records = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"), new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream()
                            .map(info -> new TopicPartition(topic, info.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    records++;
                    StringBuilder text = new StringBuilder();
                    text.append(string(record.key())).append(' ').append(string(record.value()));
                    for (Header header : record.headers()) {
                        text.append(' ').append(header.key()).append('=').append(string(header.value()));
                    }
                    find(record.topic() + "@" + record.offset(), text.toString(), findings);
                }
            }
        }
        assertThat(records).as("records scanned").isPositive();
        assertThat(findings).isEmpty();
    }

    @Test
    void noLogLineHoldsTheCprNumberOrName() {
        assertThat(platform.log).as("log lines captured").isNotEmpty();
        List<String> findings = new ArrayList<>();
        platform.log.forEach(line -> find("log", line, findings));
        assertThat(findings).isEmpty();
    }

    @Test
    void noDatabaseButCaseServicesKnowsTheCprNumberOrName() throws SQLException {
        for (var database : platform.databases.entrySet()) {
            if (database.getKey().equals("case-service")) {
                continue;
            }
            List<String> findings = scan(database.getValue());
            assertThat(findings).as(database.getKey()).isEmpty();
        }
    }

    @Test
    void caseServiceKeepsThemOnlyEncrypted() throws SQLException {
        assertThat(scan(platform.databases.get("case-service"))).isEmpty();
        var found = platform.as(dk.tvaers.testsupport.Persona.SOFIE_SOCIAL).post().uri("/api/citizens/lookup")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).header("X-Purpose", "Kontrol")
                .body(Map.of("cpr", scenario.cpr)).retrieve().toEntity(Map.class);
        assertThat(found.getBody()).as("yet case-service can still tell who it is")
                .containsEntry("name", scenario.name);
    }

    /** Every row of every table, as PostgreSQL prints it (bytea as hex), searched for the needles. */
    private List<String> scan(String database) throws SQLException {
        DatabaseServer postgres = TestInfrastructure.postgres();
        List<String> findings = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(),
                postgres.password()); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            assertThat(tables).contains("domain_event_entry", "audit_log");
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT t::text FROM \"" + table + "\" t")) {
                    while (rows.next()) {
                        find(database + "." + table, rows.getString(1), findings);
                    }
                }
            }
        }
        return findings;
    }

    private static void find(String where, String text, List<String> findings) {
        if (text == null) {
            return;
        }
        String lower = text.toLowerCase();
        for (String needle : needles) {
            String hex = HexFormat.of().formatHex(needle.getBytes(StandardCharsets.UTF_8));
            if (lower.contains(needle.toLowerCase()) || lower.contains(hex)) {
                findings.add(where + " contains " + (needle.matches("[0-9-]+") ? "the CPR number" : "the name")
                        + ": " + excerpt(text, needle));
            }
        }
    }

    private static String excerpt(String text, String needle) {
        int at = Math.max(0, text.toLowerCase().indexOf(needle.toLowerCase()));
        return text.substring(Math.max(0, at - 80), Math.min(text.length(), at + needle.length() + 80))
                .lines().collect(Collectors.joining(" "));
    }

    private static String string(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}

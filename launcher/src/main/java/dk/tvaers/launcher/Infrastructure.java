package dk.tvaers.launcher;

/** Where the services find PostgreSQL and Kafka: embedded servers locally, test servers in tests. */
public interface Infrastructure {

    /** A database of the service's own. */
    ServiceDatabase database(String serviceName);

    String kafkaBootstrapServers();

    /**
     * The service's privacy master key ({@code tvaers.privacy.master-key}: 32 bytes, base64), which wraps the
     * citizens' keys; the same one every time the service starts on the same data.
     */
    String masterKey(String serviceName);

    record ServiceDatabase(String url, String username, String password) {
    }
}

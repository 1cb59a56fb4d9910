package dk.tvaers.launcher;

/** Where the services find PostgreSQL and Kafka: embedded servers locally, test servers in tests. */
public interface Infrastructure {

    /** A database of the service's own. */
    ServiceDatabase database(String serviceName);

    String kafkaBootstrapServers();

    record ServiceDatabase(String url, String username, String password) {
    }
}

package dk.tvaers.testsupport;

import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL 17 in a container, for machines with a Docker engine. */
final class ContainerPostgresServer extends JdbcDatabaseServer {

    private final PostgreSQLContainer container;

    private ContainerPostgresServer(PostgreSQLContainer container) {
        this.container = container;
    }

    @SuppressWarnings("resource") // stopped by Testcontainers' resource reaper when the JVM ends
    static ContainerPostgresServer start() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine")
                .withCommand("postgres", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c",
                        "full_page_writes=off", "-c", "max_connections=300");
        container.start();
        return new ContainerPostgresServer(container);
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/" + database;
    }

    @Override
    public String username() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    @Override
    public String description() {
        return "PostgreSQL container " + container.getContainerId();
    }
}

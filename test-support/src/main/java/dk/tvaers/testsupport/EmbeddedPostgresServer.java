package dk.tvaers.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * PostgreSQL binaries from Maven Central, run by the test JVM itself. Durability settings are
 * relaxed because a test database is thrown away; everything else is a real PostgreSQL 17.
 */
final class EmbeddedPostgresServer extends JdbcDatabaseServer {

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    // stopped by TestInfrastructure once whatever uses it is closed, not by a hook of its own
                    .setRegisterShutdownHook(false)
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "300")
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
            TestInfrastructure.stopWhenTheJvmEnds(server::stop);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    @Override
    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    @Override
    public String username() {
        return "postgres";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public String description() {
        return "embedded PostgreSQL on port " + postgres.getPort();
    }

    private void stop() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is going away; the data directory is temporary
        }
    }
}

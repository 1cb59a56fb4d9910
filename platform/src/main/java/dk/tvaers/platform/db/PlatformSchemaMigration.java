package dk.tvaers.platform.db;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Migrates the platform's tables (event store, token and saga store, inbox) before the service's own
 * schema. Each has its own Flyway history table, so the platform and a service evolve independently.
 */
public class PlatformSchemaMigration implements FlywayMigrationStrategy {

    static final String LOCATION = "classpath:db/platform";
    static final String HISTORY_TABLE = "platform_schema_history";

    @Override
    public void migrate(Flyway serviceFlyway) {
        Flyway.configure()
                .configuration(serviceFlyway.getConfiguration())
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .load()
                .migrate();
        serviceFlyway.migrate();
    }
}

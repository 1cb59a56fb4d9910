package dk.tvaers.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Points a Spring Boot test context at the shared test PostgreSQL (a fresh database for each
 * context, so services and test classes never see each other's data), the shared Kafka broker and the
 * test identity provider.
 */
public class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String application = context.getEnvironment().getProperty("spring.application.name", "service");
        DatabaseServer postgres = TestInfrastructure.postgres();
        String database = postgres.createDatabase(application);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("tvaers-test-infrastructure",
                Map.of(
                        "spring.datasource.url", postgres.jdbcUrl(database),
                        "spring.datasource.username", postgres.username(),
                        "spring.datasource.password", postgres.password(),
                        "spring.kafka.bootstrap-servers", TestInfrastructure.kafka().bootstrapServers(),
                        "tvaers.auth.issuer", TestIdentityProvider.get().issuer(),
                        "tvaers.auth.jwk-set-uri", TestIdentityProvider.get().jwkSetUri(),
                        "tvaers.privacy.master-key", TestMasterKeys.of(application))));
    }
}

package dk.tvaers.platform;

import dk.tvaers.platform.db.PlatformSchemaMigration;
import dk.tvaers.platform.domain.DanishTime;
import dk.tvaers.platform.observability.CorrelationIdFilter;
import dk.tvaers.platform.observability.EventProcessorsHealthIndicator;
import dk.tvaers.platform.observability.ProjectionsEndpoint;
import dk.tvaers.platform.web.ProblemDetailsAdvice;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

import java.time.Clock;

/** The web, schema and observability parts every service shares. */
@AutoConfiguration
public class PlatformAutoConfiguration {

    @Bean
    public FlywayMigrationStrategy platformSchemaMigration() {
        return new PlatformSchemaMigration();
    }

    /** {@code @PastOrPresent} and its kin judge a date by the Danish calendar, not by the server's zone. */
    @Bean
    public ValidationConfigurationCustomizer danishValidationClock() {
        Clock danish = Clock.system(DanishTime.ZONE);
        return configuration -> configuration.clockProvider(() -> danish);
    }

    @Bean
    public ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    public FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    public EventProcessorsHealthIndicator eventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        return new EventProcessorsHealthIndicator(processing);
    }

    @Bean
    public ProjectionsEndpoint projectionsEndpoint(EventProcessingConfiguration processing) {
        return new ProjectionsEndpoint(processing);
    }
}

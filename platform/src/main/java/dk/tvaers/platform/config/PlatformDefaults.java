package dk.tvaers.platform.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Adds {@code tvaers-platform-defaults.properties} as the lowest-precedence property source: the
 * settings every service shares (Axon without Axon Server, Jackson serializers, Kafka reliability,
 * actuator). A service's own configuration overrides any of them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "tvaers-platform-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("tvaers.platform.defaults", Boolean.class, true)) {
            return; // an application that shares the classpath but is no platform service (the launcher's gateway)
        }
        try {
            List<PropertySource<?>> sources = new PropertiesPropertySourceLoader()
                    .load("tvaers-platform-defaults", new ClassPathResource(RESOURCE));
            sources.forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}

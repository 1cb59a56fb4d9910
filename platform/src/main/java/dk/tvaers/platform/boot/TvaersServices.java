package dk.tvaers.platform.boot;

import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * How a Tværs service is started. Each service reads its configuration from {@code <service>.yml}
 * rather than {@code application.yml}, so that several services can share one classpath (the local
 * launcher runs them all in one JVM) without reading each other's configuration.
 */
public final class TvaersServices {

    private TvaersServices() {
    }

    public static SpringApplicationBuilder builder(Class<?> application, String serviceName) {
        return new SpringApplicationBuilder(application)
                .properties("spring.config.name=" + serviceName, "spring.application.name=" + serviceName);
    }
}

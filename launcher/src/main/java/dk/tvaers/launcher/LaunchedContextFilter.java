package dk.tvaers.launcher;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

import java.util.List;

/**
 * The launcher runs every service and the gateway in one JVM on one classpath. Each started alone has
 * only its own libraries; here each context is kept to the auto-configuration it would have had alone:
 * the gateway and the sign-in get no database, Axon, Kafka or service platform, and neither a service
 * nor the sign-in gets the gateway.
 * Outside the launcher ({@code tvaers.launcher.context} unset) nothing is filtered.
 */
public class LaunchedContextFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    static final String CONTEXT_PROPERTY = "tvaers.launcher.context";

    private static final List<String> SERVICE_ONLY = List.of(
            "org.axonframework.", "dk.tvaers.platform.", "org.springframework.boot.jdbc.",
            "org.springframework.boot.flyway.", "org.springframework.boot.kafka.", "org.springdoc.",
            "org.springframework.boot.transaction.");
    private static final List<String> SERVLET_ONLY = List.of(
            "org.springframework.boot.webmvc.", "org.springframework.boot.tomcat.");
    private static final List<String> GATEWAY_ONLY = List.of(
            "org.springframework.cloud.gateway.", "org.springframework.boot.webflux.",
            "org.springframework.boot.reactor.netty.", "org.springframework.boot.reactor.",
            "org.springframework.boot.http.client.autoconfigure.reactive.", "org.springframework.boot.webclient.",
            "org.springframework.cloud.client.discovery.", "org.springframework.cloud.client.loadbalancer.",
            "org.springframework.cloud.loadbalancer.");

    /**
     * Logback is the JVM's, not a context's: each context's Logback metrics added a turbo filter of its own to the one
     * logger context, which consults all of them on every log call and level check, and each counted the whole JVM's
     * log events as its own. The gateway alone keeps them.
     */
    private static final List<String> LOGBACK_METRICS = List.of(
            "org.springframework.boot.micrometer.metrics.autoconfigure.logging.logback.");

    private String context;

    @Override
    public void setEnvironment(Environment environment) {
        this.context = environment.getProperty(CONTEXT_PROPERTY);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        List<String> excluded = switch (context == null ? "" : context) {
            case "gateway" -> concat(SERVICE_ONLY, SERVLET_ONLY);
            case "auth" -> concat(concat(SERVICE_ONLY, GATEWAY_ONLY), LOGBACK_METRICS);
            case "service" -> concat(GATEWAY_ONLY, LOGBACK_METRICS);
            default -> List.of();
        };
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            String candidate = autoConfigurationClasses[i];
            matches[i] = candidate == null || excluded.stream().noneMatch(candidate::startsWith);
        }
        return matches;
    }
}

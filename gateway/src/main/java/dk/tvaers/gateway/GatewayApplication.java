package dk.tvaers.gateway;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The gateway: the one door for browsers and partners into the Tværs services. */
@SpringBootApplication
public class GatewayApplication {

    public static final String NAME = "gateway";

    public static void main(String[] args) {
        builder().run(args);
    }

    /** Reads {@code gateway.yml}, so it can share a classpath with the services (see the launcher). */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(GatewayApplication.class)
                .properties("spring.config.name=" + NAME, "spring.application.name=" + NAME);
    }
}

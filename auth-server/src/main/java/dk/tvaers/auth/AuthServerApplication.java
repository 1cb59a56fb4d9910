package dk.tvaers.auth;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The demo sign-in for the one-command local run: an OpenID Connect provider with the demo users and
 * clients of {@code keycloak/tvaers-realm.json}, the realm docker-compose imports into Keycloak. Any
 * standard OIDC provider can replace it (see the README).
 */
@SpringBootApplication
public class AuthServerApplication {

    public static final String NAME = "auth-server";

    public static void main(String[] args) {
        builder().run(args);
    }

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(AuthServerApplication.class)
                .properties("spring.config.name=" + NAME, "spring.application.name=" + NAME);
    }
}

package dk.tvaers.gateway;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class SignInSettingsTest {

    @Test
    void theLocalSignInGetsSpringAuthorizationServersEndpointsAndTheLoopbackRedirect() {
        SignInSettings settings = SignInSettings.of("http://localhost:9000", "http://localhost:9000/oauth2/jwks",
                "tvaers-web", "", "", "", null);

        assertThat(settings.authorizationEndpoint()).isEqualTo("http://localhost:9000/oauth2/authorize");
        assertThat(settings.endSessionEndpoint()).isEqualTo("http://localhost:9000/connect/logout");
        assertThat(settings.tokenEndpoint()).isEqualTo(URI.create("http://localhost:9000/oauth2/token"));
        assertThat(settings.loopbackRedirect()).isTrue();
    }

    @Test
    void keycloakInComposeIsReachedByTheBrowserAtTheIssuerAndByTheGatewayWhereItFetchesTheKeys() {
        SignInSettings settings = SignInSettings.of("http://localhost:8180/realms/tvaers",
                "http://keycloak:8180/realms/tvaers/protocol/openid-connect/certs", "tvaers-web", null, null, null,
                null);

        assertThat(settings.authorizationEndpoint())
                .isEqualTo("http://localhost:8180/realms/tvaers/protocol/openid-connect/auth");
        assertThat(settings.endSessionEndpoint())
                .isEqualTo("http://localhost:8180/realms/tvaers/protocol/openid-connect/logout");
        assertThat(settings.tokenEndpoint())
                .isEqualTo(URI.create("http://keycloak:8180/realms/tvaers/protocol/openid-connect/token"));
        assertThat(settings.loopbackRedirect()).as("Keycloak's redirect URIs name localhost").isFalse();
    }

    @Test
    void anExplicitSettingWins() {
        SignInSettings settings = SignInSettings.of("https://login.example.dk/", "https://login.example.dk/keys",
                "web", "https://login.example.dk/authorize", "https://login.example.dk/logout",
                "https://internal.example.dk/token", false);

        assertThat(settings.issuer()).isEqualTo("https://login.example.dk");
        assertThat(settings.authorizationEndpoint()).isEqualTo("https://login.example.dk/authorize");
        assertThat(settings.tokenEndpoint()).isEqualTo(URI.create("https://internal.example.dk/token"));
        assertThat(settings.loopbackRedirect()).isFalse();
    }
}

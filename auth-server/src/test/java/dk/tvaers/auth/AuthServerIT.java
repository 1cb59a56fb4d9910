package dk.tvaers.auth;

import dk.tvaers.testsupport.OidcLogin;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo sign-in issues the tokens Tværs reads, for people and for clients. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = "spring.config.name=auth-server")
class AuthServerIT {

    static final int PORT = freePort();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("tvaers.auth.issuer", () -> "http://localhost:" + PORT);
    }

    @Test
    void aCaseworkerSignsInAndGetsATokenWithRolesSectorAndOrganisation() {
        String token = OidcLogin.accessToken(issuer(), "tvaers-web", "http://127.0.0.1:8080/login/callback",
                "sofie.social", "demo");

        JsonNode claims = claims(token);
        assertThat(claims.get("iss").asString()).isEqualTo(issuer());
        assertThat(claims.get("sub").asString()).isEqualTo("sofie.social");
        assertThat(claims.get("aud").toString()).contains("tvaers");
        assertThat(claims.get("roles").toString()).contains("caseworker", "coordinator");
        assertThat(claims.get("sector").asString()).isEqualTo("social-services");
        assertThat(claims.get("organisation").asString()).isEqualTo("holstebro");
        assertThat(claims.get("name").asString()).isEqualTo("Sofie Sørensen");
    }

    @Test
    void aWrongPasswordGetsNoToken() {
        assertThatThrownBy(() -> OidcLogin.accessToken(issuer(), "tvaers-web",
                "http://127.0.0.1:8080/login/callback", "sofie.social", "wrong"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSectorSystemGetsAClientCredentialsTokenForItsSector() {
        JsonNode claims = claims(OidcLogin.clientToken(issuer(), "jobcenter-system", "jobcenter-system-secret"));

        assertThat(claims.get("sub").asString()).isEqualTo("jobcenter-system");
        assertThat(claims.get("roles").toString()).contains("sector-system");
        assertThat(claims.get("sector").asString()).isEqualTo("jobcenter");
        assertThat(claims.get("aud").toString()).contains("tvaers");
    }

    @Test
    void aPartnerInstitutionIsItsOwnOrganisation() {
        JsonNode claims = claims(OidcLogin.clientToken(issuer(), "bosted-aaen", "bosted-aaen-secret"));

        assertThat(claims.get("roles").toString()).contains("partner");
        assertThat(claims.get("organisation").asString()).isEqualTo("bosted-aaen");
    }

    private String issuer() {
        return "http://localhost:" + port;
    }

    private static JsonNode claims(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(payload);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

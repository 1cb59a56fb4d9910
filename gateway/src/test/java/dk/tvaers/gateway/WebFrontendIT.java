package dk.tvaers.gateway;

import com.sun.net.httpserver.HttpServer;
import dk.tvaers.testsupport.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web frontend through the gateway: the app at / and at its own routes, never instead of the API; the
 * sign-in configuration; the code exchange forwarded to the provider.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=gateway")
class WebFrontendIT {

    static final FakeServices SERVICES = new FakeServices();
    static final List<String> TOKEN_REQUESTS = new CopyOnWriteArrayList<>();
    static final HttpServer TOKEN_ENDPOINT = tokenEndpoint();

    @LocalServerPort
    int port;

    final HttpClient client = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        SERVICES.register(registry);
        registry.add("tvaers.web.token-endpoint",
                () -> "http://localhost:" + TOKEN_ENDPOINT.getAddress().getPort() + "/realm/token");
    }

    @AfterAll
    static void stop() {
        SERVICES.stop();
        TOKEN_ENDPOINT.stop(0);
    }

    @Test
    void theAppIsServedAtTheRootWithTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"da\"").contains("<div id=\"root\">");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");
    }

    @Test
    void theAppsOwnRoutesAreTheAppSoABookmarkOrReloadWorks() throws Exception {
        HttpResponse<String> page = get("/borgere/3f2c8a61-5d1e-4b7a-9c33-0a6e51b7d201/opfoelgning");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<div id=\"root\">");
    }

    @Test
    void theApiIsNeverAnsweredWithTheApp() throws Exception {
        HttpResponse<String> unknown = client.send(HttpRequest.newBuilder(uri("/api/unknown"))
                .header("Authorization", TestIdentityProvider.get().bearer(dk.tvaers.testsupport.Persona.JONAS_JOB))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unsigned = get("/api/cases/1");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("<div id=\"root\">");
        assertThat(unsigned.statusCode()).isEqualTo(401);
    }

    @Test
    void aMissingFileIsA404NotTheApp() throws Exception {
        assertThat(get("/assets/nothing-here.js").statusCode()).isEqualTo(404);
    }

    @Test
    void theHashedAssetsAreCachedForAYear() throws Exception {
        String page = get("/").body();
        String script = page.replaceAll("(?s).*src=\"(/assets/[^\"]+\\.js)\".*", "$1");

        HttpResponse<String> asset = get(script);

        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000")
                .contains("immutable");
    }

    @Test
    void theConfigurationTellsTheAppWhereToSignIn() throws Exception {
        HttpResponse<String> config = get("/config.json");

        String issuer = TestIdentityProvider.get().issuer();
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("\"issuer\":\"" + issuer + "\"")
                .contains("\"clientId\":\"tvaers-web\"")
                .contains("\"authorizationEndpoint\":\"" + issuer + "/oauth2/authorize\"")
                .contains("\"tokenEndpoint\":\"/sign-in/token\"")
                .contains("\"loopbackRedirect\":true");
    }

    @Test
    void theCodeExchangeIsForwardedToTheProviderWithoutTheBrowsersOriginOrCookies() throws Exception {
        HttpResponse<String> token = client.send(HttpRequest.newBuilder(uri("/sign-in/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://127.0.0.1:8080")
                .header("Cookie", "SESSION=abc")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=xyz&code_verifier=v"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(token.statusCode()).isEqualTo(200);
        assertThat(token.body()).isEqualTo("{\"access_token\":\"t\"}");
        assertThat(TOKEN_REQUESTS).singleElement().isEqualTo(
                "/realm/token origin=null cookie=null body=grant_type=authorization_code&code=xyz&code_verifier=v");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,*/*").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpServer tokenEndpoint() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", exchange -> {
                TOKEN_REQUESTS.add(exchange.getRequestURI() + " origin=" + exchange.getRequestHeaders().getFirst("Origin")
                        + " cookie=" + exchange.getRequestHeaders().getFirst("Cookie") + " body="
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                byte[] body = "{\"access_token\":\"t\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

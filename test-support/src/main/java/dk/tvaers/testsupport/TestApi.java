package dk.tvaers.testsupport;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/** HTTP clients for tests: as a persona (with a valid access token), or without any token. */
public final class TestApi {

    private TestApi() {
    }

    /** Calls {@code baseUrl} as the persona. Error statuses are returned, not thrown. */
    public static RestClient as(Persona persona, String baseUrl) {
        return builder(baseUrl)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestIdentityProvider.get().bearer(persona))
                .build();
    }

    public static RestClient as(Persona persona, int port) {
        return as(persona, "http://localhost:" + port);
    }

    /** Calls {@code baseUrl} with no access token. */
    public static RestClient anonymous(String baseUrl) {
        return builder(baseUrl).build();
    }

    private static RestClient.Builder builder(String baseUrl) {
        return RestClient.builder().baseUrl(baseUrl)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { });
    }
}

package dk.tvaers.launcher;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A few demo citizens with cases in several sectors, entered through the gateway by the sectors' own
 * systems (client credentials from the demo sign-in), as a sector system would, so a newcomer has
 * something to look at. Citizens are known here by pseudonymous id only.
 */
final class DemoData {

    record DemoCase(UUID citizenId, String sectorSystem, String legalBasis, String caseworkerId) {
    }

    static final UUID MADS = UUID.fromString("3f2c8a61-5d1e-4b7a-9c33-0a6e51b7d201");
    static final UUID AISHA = UUID.fromString("8b41e0d7-2a9c-4f58-b1e6-7d3c92a4f502");
    static final UUID PETER = UUID.fromString("c5d7193e-6f20-48ab-a5c4-1e8b07f6d803");

    static final List<DemoCase> CASES = List.of(
            new DemoCase(MADS, "jobcenter-system", "LAB §2", "jonas.job"),
            new DemoCase(MADS, "socialforvaltning-system", "Serviceloven §85", "sofie.social"),
            new DemoCase(MADS, "psykiatri-system", "Sundhedsloven §80", "peter.psyk"),
            new DemoCase(MADS, "misbrug-system", "Serviceloven §101", "anna.misbrug"),
            new DemoCase(AISHA, "jobcenter-system", "LAB §2", "jonas.job"),
            new DemoCase(AISHA, "socialforvaltning-system", "Serviceloven §107", "sofie.social"),
            new DemoCase(PETER, "kriminalforsorg-system", "Straffuldbyrdelsesloven §40", "karl.kriminalforsorg"),
            new DemoCase(PETER, "misbrug-system", "Serviceloven §101", "anna.misbrug"),
            new DemoCase(PETER, "jobcenter-system", "LAB §2", "jonas.job"));

    private DemoData() {
    }

    static int seed(String gatewayUrl, String issuer) {
        RestClient http = RestClient.create(gatewayUrl);
        for (DemoCase demo : CASES) {
            http.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + clientToken(issuer, demo.sectorSystem()))
                    .body(Map.of("citizenId", demo.citizenId(), "legalBasis", demo.legalBasis(),
                            "caseworkerId", demo.caseworkerId()))
                    .retrieve().toBodilessEntity();
        }
        return CASES.size();
    }

    /** The demo realm's clients have the secret {@code <client id>-secret}. */
    private static String clientToken(String issuer, String clientId) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        Map<?, ?> token = RestClient.create(issuer).post().uri("/oauth2/token")
                .headers(headers -> headers.setBasicAuth(clientId, clientId + "-secret"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve().body(Map.class);
        return (String) token.get("access_token");
    }
}

package dk.tvaers.launcher;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A few demo citizens with cases in several sectors, entered through the gateway by the sectors' own
 * systems (client credentials from the demo sign-in), as a sector system would, so a newcomer has
 * something to look at. Each citizen is registered first by CPR number and name (which stay in
 * case-service); everything after that uses the pseudonymous id case-service hands out.
 */
final class DemoData {

    /**
     * A demo citizen. The CPR numbers are made up: valid dates of birth, but they fail the modulus 11
     * check that every number issued for these dates passes, so they belong to no one.
     */
    record DemoCitizen(String key, String cpr, String name) {
    }

    record DemoCase(String citizen, String sectorSystem, String legalBasis, String caseworkerId) {
    }

    static final List<DemoCitizen> CITIZENS = List.of(
            new DemoCitizen("mads", "120885-1235", "Mads Mikkelsen"),
            new DemoCitizen("aisha", "030392-2468", "Aisha Rahimi"),
            new DemoCitizen("peter", "250778-3571", "Peter Nørgaard"));

    static final List<DemoCase> CASES = List.of(
            new DemoCase("mads", "jobcenter-system", "LAB §2", "jonas.job"),
            new DemoCase("mads", "socialforvaltning-system", "Serviceloven §85", "sofie.social"),
            new DemoCase("mads", "psykiatri-system", "Sundhedsloven §80", "peter.psyk"),
            new DemoCase("mads", "misbrug-system", "Serviceloven §101", "anna.misbrug"),
            new DemoCase("aisha", "jobcenter-system", "LAB §2", "jonas.job"),
            new DemoCase("aisha", "socialforvaltning-system", "Serviceloven §107", "sofie.social"),
            new DemoCase("peter", "kriminalforsorg-system", "Straffuldbyrdelsesloven §40", "karl.kriminalforsorg"),
            new DemoCase("peter", "misbrug-system", "Serviceloven §101", "anna.misbrug"),
            new DemoCase("peter", "jobcenter-system", "LAB §2", "jonas.job"));

    /** The system that registers the demo citizens: the municipality's social services. */
    static final String REGISTRAR = "socialforvaltning-system";

    private DemoData() {
    }

    /** Registers the demo citizens and opens their cases; returns each new citizen's pseudonymous id by name. */
    static Map<String, UUID> seed(String gatewayUrl, String issuer) {
        RestClient http = RestClient.builder().baseUrl(gatewayUrl)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
        Map<String, UUID> citizens = new LinkedHashMap<>();
        String registrar = clientToken(issuer, REGISTRAR);
        for (DemoCitizen citizen : CITIZENS) {
            var registered = http.post().uri("/api/citizens").contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + registrar)
                    .body(Map.of("cpr", citizen.cpr(), "name", citizen.name()))
                    .retrieve().toEntity(Map.class);
            if (registered.getStatusCode().value() == 201) {
                citizens.put(citizen.key(), UUID.fromString((String) registered.getBody().get("citizenId")));
            } else if (registered.getStatusCode().value() != 409) {
                throw new IllegalStateException("Registering demo citizen " + citizen.key() + " failed: "
                        + registered.getStatusCode());
            }
        }
        int opened = 0;
        for (DemoCase demo : CASES) {
            UUID citizenId = citizens.get(demo.citizen());
            if (citizenId == null) {
                continue;
            }
            var response = http.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + clientToken(issuer, demo.sectorSystem()))
                    .body(Map.of("citizenId", citizenId, "legalBasis", demo.legalBasis(),
                            "caseworkerId", demo.caseworkerId()))
                    .retrieve().toBodilessEntity();
            if (response.getStatusCode().is2xxSuccessful()) {
                opened++;
            } else if (response.getStatusCode().value() != 409) {
                throw new IllegalStateException("Opening a demo case failed: " + response.getStatusCode());
            }
        }
        if (opened == 0 && !citizens.isEmpty()) {
            throw new IllegalStateException("no demo case could be opened");
        }
        Map<String, UUID> byName = new LinkedHashMap<>();
        CITIZENS.forEach(citizen -> {
            if (citizens.containsKey(citizen.key())) {
                byName.put(citizen.name(), citizens.get(citizen.key()));
            }
        });
        return byName;
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

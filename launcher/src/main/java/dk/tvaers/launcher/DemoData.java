package dk.tvaers.launcher;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A few demo citizens with cases in several sectors, entered through the gateway like any client
 * would, so a newcomer has something to look at. Citizens are known here by pseudonymous id only.
 */
final class DemoData {

    record DemoCase(UUID citizenId, String sector, String legalBasis, String caseworkerId) {
    }

    static final UUID MADS = UUID.fromString("3f2c8a61-5d1e-4b7a-9c33-0a6e51b7d201");
    static final UUID AISHA = UUID.fromString("8b41e0d7-2a9c-4f58-b1e6-7d3c92a4f502");
    static final UUID PETER = UUID.fromString("c5d7193e-6f20-48ab-a5c4-1e8b07f6d803");

    static final List<DemoCase> CASES = List.of(
            new DemoCase(MADS, "jobcenter", "LAB §2", "jonas.job"),
            new DemoCase(MADS, "social-services", "Serviceloven §85", "sofie.social"),
            new DemoCase(MADS, "psychiatry", "Sundhedsloven §80", "peter.psyk"),
            new DemoCase(MADS, "addiction-centre", "Serviceloven §101", "anna.misbrug"),
            new DemoCase(AISHA, "jobcenter", "LAB §2", "jonas.job"),
            new DemoCase(AISHA, "social-services", "Serviceloven §107", "sofie.social"),
            new DemoCase(PETER, "probation", "Straffuldbyrdelsesloven §40", "karl.kriminalforsorg"),
            new DemoCase(PETER, "addiction-centre", "Serviceloven §101", "anna.misbrug"),
            new DemoCase(PETER, "jobcenter", "LAB §2", "jonas.job"));

    private DemoData() {
    }

    static int seed(String gatewayUrl) {
        RestClient http = RestClient.create(gatewayUrl);
        for (DemoCase demo : CASES) {
            http.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("citizenId", demo.citizenId(), "organisation", "holstebro", "sector", demo.sector(),
                            "legalBasis", demo.legalBasis(), "caseworkerId", demo.caseworkerId()))
                    .retrieve().toBodilessEntity();
        }
        return CASES.size();
    }
}

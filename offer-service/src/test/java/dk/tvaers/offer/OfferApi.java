package dk.tvaers.offer;

import dk.tvaers.offer.catalog.api.OfferDetails;
import dk.tvaers.offer.catalog.api.PriceList;
import dk.tvaers.offer.catalog.api.Provider;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.TestApi;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The catalog API as the tests use it: bodies built from {@link Catalog}'s realistic offers. */
public final class OfferApi {

    public static final Duration WAIT = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OfferApi() {
    }

    /** A provider no other test uses, so each test sees only its own offers. */
    public static Provider newProvider() {
        String code = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return new Provider(code, "Leverandør " + code);
    }

    public static Map<String, Object> body(OfferDetails details) {
        return new LinkedHashMap<>(JSON.convertValue(details, new TypeReference<Map<String, Object>>() {
        }));
    }

    public static Map<String, Object> body(PriceList prices) {
        return new LinkedHashMap<>(JSON.convertValue(prices, new TypeReference<Map<String, Object>>() {
        }));
    }

    /** Publishes as the team leader and waits until the catalog shows the offer. */
    public static UUID publish(int port, OfferDetails details, PriceList prices) {
        Map<String, Object> body = body(details);
        if (prices != null) {
            body.put("prices", body(prices));
        }
        RestClient http = TestApi.as(Persona.LENE_TEAM_LEADER, port);
        var response = http.post().uri("/api/offers").contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().value()).as("publish: %s", response.getBody()).isEqualTo(201);
        UUID offerId = UUID.fromString((String) response.getBody().get("offerId"));
        await().atMost(WAIT).until(() -> http.get().uri("/api/offers/{id}", offerId).retrieve().toEntity(Map.class)
                .getStatusCode().value() == 200);
        return offerId;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> offer(int port, UUID offerId) {
        return TestApi.as(Persona.JONAS_JOB, port).get().uri("/api/offers/{id}", offerId).retrieve().body(Map.class);
    }
}

package dk.tvaers.cases;

import dk.tvaers.platform.privacy.CitizenAccess;
import dk.tvaers.platform.security.Actor;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.TestApi;
import dk.tvaers.testsupport.TestCpr;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Steps the case-service integration tests share: registering citizens and opening cases through the API. */
final class CaseApi {

    static final Duration WAIT = Duration.ofSeconds(30);

    private final int port;
    private final CitizenAccess access;

    CaseApi(int port, CitizenAccess access) {
        this.port = port;
        this.access = access;
    }

    /**
     * A fictitious CPR number with a valid date in the 1900s (seventh digit 0-3), random enough that tests
     * never collide; never a real person's on purpose.
     */
    static String fakeCpr() {
        return TestCpr.random();
    }

    UUID register(Persona persona, String cpr, String name) {
        var response = TestApi.as(persona, port).post().uri("/api/citizens").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("cpr", cpr, "name", name)).retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().value()).as("registering %s", cpr.substring(0, 6)).isEqualTo(201);
        return UUID.fromString((String) response.getBody().get("citizenId"));
    }

    UUID register(Persona persona) {
        return register(persona, fakeCpr(), "Test Borger");
    }

    /** Opens a case in the persona's sector, responsible {@code caseworkerId} (the persona if null). */
    UUID openCase(Persona persona, UUID citizen, String caseworkerId) {
        Map<String, Object> body = caseworkerId == null ? Map.of("citizenId", citizen, "legalBasis", "Serviceloven §85")
                : Map.of("citizenId", citizen, "legalBasis", "Serviceloven §85", "caseworkerId", caseworkerId);
        var response = TestApi.as(persona, port).post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(Map.class);
        assertThat(response.getStatusCode().value()).as("opening a case: %s", response.getBody()).isEqualTo(201);
        return UUID.fromString((String) response.getBody().get("caseId"));
    }

    /** Opens a case and waits until the persona's sector works with the citizen (the access directory). */
    UUID openCaseAndWorkWith(Persona persona, UUID citizen) {
        UUID caseId = openCase(persona, citizen, null);
        awaitWorksWith(persona, citizen);
        await().atMost(WAIT).until(() -> TestApi.as(persona, port).get().uri("/api/cases/{id}", caseId).retrieve()
                .toEntity(String.class).getStatusCode().value() == 200);
        return caseId;
    }

    void awaitWorksWith(Persona persona, UUID citizen) {
        await().atMost(WAIT).until(() -> access.worksWith(actor(persona), citizen));
    }

    static Actor actor(Persona persona) {
        return new Actor(persona.userId(), persona.name(), new LinkedHashSet<>(persona.roles()), persona.sector(),
                persona.organisation(), persona.team());
    }

    static String purpose(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package dk.tvaers.coordination.sectorevents;

import dk.tvaers.contracts.sectors.v1.SectorTopics;
import dk.tvaers.platform.privacy.PersonalDataEndpoints;
import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sector system's developer reads the AsyncAPI document from the running service, signed in as the sector
 * system's client, and everything it refers to (its messages, channels, the events' JSON Schemas and the
 * envelope) is there beside it over HTTP. It holds no personal data.
 */
@ServiceIntegrationTest(properties = {"spring.config.name=coordination-service",
        "tvaers.coordination.referrals.answer-within=PT3S"})
class SectorSystemsDocumentIT {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @LocalServerPort
    int port;

    @Autowired
    PersonalDataEndpoints endpoints;

    @Test
    @SuppressWarnings("unchecked")
    void theAsyncApiDocumentIsServedWithEverySectorTopicAndEverySchemaItRefersTo() throws Exception {
        HttpResponse<String> response = get(URI.create("http://localhost:" + port + "/api/coordination/asyncapi.yaml"),
                Persona.JOBCENTER_SYSTEM);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/yaml"));
        Map<String, Object> document = new Yaml().load(response.body());
        assertThat(document).containsEntry("asyncapi", "3.0.0").containsKeys("info", "channels", "operations",
                "components");
        assertThat(((Map<String, Object>) document.get("channels")).values())
                .extracting(channel -> ((Map<String, Object>) channel).get("address"))
                .containsAll(SectorTopics.ALL)
                .containsAll(SectorTopics.ALL.stream().map(topic -> topic + "-dlt").toList());

        DocumentReferences.Result followed = DocumentReferences.follow(response.uri(), uri -> {
            HttpResponse<String> file = get(uri, Persona.JOBCENTER_SYSTEM);
            return file.statusCode() == 200 ? Optional.of(file.body()) : Optional.empty();
        });
        assertThat(followed.unresolved()).isEmpty();
        assertThat(followed.files().keySet()).extracting(URI::getPath)
                .contains("/api/coordination/schemas/envelope.schema.json",
                        "/api/coordination/schemas/sectors/v1/PatientDischarged.schema.json")
                .hasSize(12);
    }

    @Test
    void theDocumentNeedsASignedInCallerAndNothingElseIsServedFromTheSchemas() {
        assertThat(get(URI.create("http://localhost:" + port + "/api/coordination/asyncapi.yaml"), null).statusCode())
                .isEqualTo(401);
        assertThat(get(URI.create("http://localhost:" + port + "/api/coordination/schemas/sectors/v1/"
                + "..%2F..%2Fcase%2Fv1%2FCitizenErased.schema.json"), Persona.JONAS_JOB).statusCode())
                .isIn(400, 404);
        assertThat(get(URI.create("http://localhost:" + port + "/api/coordination/schemas/sectors/v1/"
                + "NoSuchEvent.schema.json"), Persona.JONAS_JOB).statusCode()).isEqualTo(404);
        assertThat(endpoints.api()).filteredOn(endpoint -> endpoint.paths().stream()
                        .anyMatch(path -> path.contains("asyncapi") || path.contains("/schemas/")))
                .hasSize(4)
                .allSatisfy(endpoint -> assertThat(endpoint.handler().hasMethodAnnotation(
                        dk.tvaers.platform.privacy.NoPersonalData.class)).isTrue());
    }

    private HttpResponse<String> get(URI uri, Persona persona) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (persona != null) {
            request.header("Authorization", TestIdentityProvider.get().bearer(persona));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

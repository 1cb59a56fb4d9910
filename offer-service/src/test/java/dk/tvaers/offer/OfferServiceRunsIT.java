package dk.tvaers.offer;

import dk.tvaers.platform.privacy.PersonalDataEndpoints;
import dk.tvaers.testsupport.ServiceChecks;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest(properties = "spring.config.name=offer-service")
class OfferServiceRunsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataEndpoints endpoints;

    @Test
    void isHealthyAndReadyOnItsOwnEventStore() {
        ServiceChecks.assertRunsOnItsOwnEventStore(port, jdbc);
    }

    @Test
    void everyApiEndpointDeclaresWhetherItTouchesPersonalData() {
        assertThat(endpoints.undeclared()).isEmpty();
        assertThat(ownEndpoints(endpoints.personal())).extracting(e -> e.personalData().category())
                .containsOnly("enrolments");
    }

    /**
     * The gateway routes exactly these prefixes here; an endpoint elsewhere would be unreachable. (The
     * platform's own audit endpoints, under /api/audit, are the platform's to route.)
     */
    @Test
    void everyApiEndpointIsUnderThePrefixesTheGatewayRoutesHere() {
        assertThat(ownEndpoints(endpoints.api())).isNotEmpty().flatExtracting(e -> List.copyOf(e.paths()))
                .allMatch(path -> path.startsWith("/api/offers") || path.startsWith("/api/enrolments")
                        || path.startsWith("/api/open-data/"), "under /api/offers, /api/enrolments or /api/open-data");
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        var description = TestApi.anonymous("http://localhost:" + port).get().uri("/api/offers/v3/api-docs").retrieve()
                .toEntity(String.class);

        assertThat(description.getStatusCode().value()).isEqualTo(200);
        assertThat(description.getBody()).contains("\"/api/offers\"", "\"/api/offers/{offerId}/prices\"",
                "\"/api/enrolments\"", "\"/api/enrolments/{enrolmentId}/visits\"", "\"/api/open-data/hsds/services\"");
        assertThat(description.getBody()).as("each endpoint tagged and summarised")
                .contains("\"Tilbud\"", "\"Tilmelding\"", "\"Åbne data\"",
                        "Enrol a citizen: a seat if one is free, else a place on the waiting list",
                        "Change the offer's details at the version read");
        assertThat(description.getBody()).doesNotContain("\"offer-controller\"", "\"enrolment-controller\"",
                "\"open-data-controller\"");
    }

    private static List<PersonalDataEndpoints.Endpoint> ownEndpoints(List<PersonalDataEndpoints.Endpoint> all) {
        return all.stream()
                .filter(e -> e.handler().getBeanType().getPackageName().startsWith("dk.tvaers.offer"))
                .toList();
    }
}

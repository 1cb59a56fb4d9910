package dk.tvaers.cases;

import dk.tvaers.platform.privacy.PersonalDataEndpoints;
import dk.tvaers.testsupport.ServiceChecks;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest(properties = "spring.config.name=case-service")
class CaseServiceRunsIT {

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
    }

    @Test
    @SuppressWarnings("unchecked")
    void theApiIsDescribedWithOpenApi() {
        Map<String, Object> docs = TestApi.anonymous("http://localhost:" + port).get().uri("/api/cases/v3/api-docs")
                .retrieve().body(Map.class);

        assertThat((Map<String, Object>) docs.get("paths")).containsKeys("/api/citizens", "/api/citizens/lookup", "/api/citizens/resolve",
                "/api/cases", "/api/cases/{caseId}/transfer", "/api/cases/{caseId}/closing", "/api/teams",
                "/api/teams/caseloads", "/api/grants", "/api/grants/{grantId}/approval", "/api/grants/frames",
                "/api/grants/revisitation", "/api/caseworkers/me/caseload");
    }
}

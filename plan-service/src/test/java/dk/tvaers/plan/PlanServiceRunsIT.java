package dk.tvaers.plan;

import dk.tvaers.platform.privacy.PersonalDataEndpoints;
import dk.tvaers.testsupport.ServiceChecks;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest(properties = "spring.config.name=plan-service")
class PlanServiceRunsIT {

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
    void describesItsOwnApiUnderThePlansPrefixBesideThePlatformsAuditApi() {
        Map<?, ?> api = TestApi.anonymous("http://localhost:" + port).get().uri("/api/plans/v3/api-docs")
                .retrieve().body(Map.class);

        List<String> paths = ((Map<?, ?>) api.get("paths")).keySet().stream().map(Object::toString)
                .filter(path -> !path.startsWith("/api/audit/"))
                .toList();
        assertThat(paths).isNotEmpty()
                .allSatisfy(path -> assertThat(path).startsWith("/api/plans/"))
                .contains("/api/plans/citizens/{citizenId}", "/api/plans/citizens/{citizenId}/sub-goals/{subGoalId}",
                        "/api/plans/citizens/{citizenId}/follow-ups", "/api/plans/citizens/{citizenId}/citizen-copy",
                        "/api/plans/citizens/{citizenId}/history", "/api/plans/follow-ups-due");
    }
}

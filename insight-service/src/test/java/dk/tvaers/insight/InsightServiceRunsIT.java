package dk.tvaers.insight;

import dk.tvaers.platform.privacy.PersonalDataEndpoints;
import dk.tvaers.testsupport.ServiceChecks;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest(properties = "spring.config.name=insight-service")
class InsightServiceRunsIT {

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
}

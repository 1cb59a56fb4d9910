package dk.tvaers.plan;

import dk.tvaers.testsupport.ServiceChecks;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServiceIntegrationTest(properties = "spring.config.name=plan-service")
class PlanServiceRunsIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void isHealthyAndReadyOnItsOwnEventStore() {
        ServiceChecks.assertRunsOnItsOwnEventStore(port, jdbc);
    }
}

package dk.tvaers.coordination;

import dk.tvaers.platform.privacy.PersonalDataEndpoints;
import dk.tvaers.testsupport.ServiceChecks;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceIntegrationTest(properties = {"spring.config.name=coordination-service",
        CoordinationApiIT.SHORT_REFERRAL_DEADLINE})
class CoordinationServiceRunsIT {

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
        assertThat(endpoints.api()).hasSizeGreaterThan(20);
        assertThat(endpoints.undeclared()).isEmpty();
    }

    @Test
    void everyEndpointOfTheServiceIsUnderTheGatewaysPrefix() {
        assertThat(endpoints.api())
                .filteredOn(endpoint -> endpoint.handler().getBeanType().getPackageName()
                        .startsWith("dk.tvaers.coordination"))
                .allSatisfy(endpoint ->
                        assertThat(endpoint.paths()).allMatch(path -> path.startsWith("/api/coordination/")));
    }
}

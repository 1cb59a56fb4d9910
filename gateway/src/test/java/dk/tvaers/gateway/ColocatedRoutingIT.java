package dk.tvaers.gateway;

import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many callers at once, on many connections and so on several event loops: each request is sent to its service and
 * answered on the event loop that received it. (With Spring Cloud Gateway's shared pool, a request often met a
 * connection of another loop, and the answer arrived there: this test failed.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=gateway", "tvaers.gateway.event-loops=4"})
@Import(RoutedLoops.Probe.class)
class ColocatedRoutingIT {

    static final FakeServices SERVICES = new FakeServices();

    @LocalServerPort
    int port;

    @Autowired
    RoutedLoops probe;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        SERVICES.register(registry);
    }

    @AfterAll
    static void stop() {
        SERVICES.stop();
    }

    @Test
    void everyRequestIsSentAndAnsweredOnTheEventLoopThatReceivedIt() {
        String bearer = TestIdentityProvider.get().bearer(Persona.JONAS_JOB);
        // a new client per round: new connections, spread over the server's event loops
        for (int round = 0; round < 4; round++) {
            assertThat(RoutedLoops.callAtOnce(port, bearer, "/api/plans/", 24)).hasSize(24).containsOnly("plan-service");
        }

        assertThat(probe.routed).hasSize(96);
        assertThat(probe.routed.stream().map(RoutedLoops.Routed::loop).distinct())
                .as("the requests came in on several event loops").hasSizeGreaterThan(1).doesNotContainNull();
        assertThat(probe.routed).extracting(RoutedLoops.Routed::answeredOnIt).containsOnly(true);
    }
}

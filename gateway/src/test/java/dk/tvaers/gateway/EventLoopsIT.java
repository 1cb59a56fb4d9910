package dk.tvaers.gateway;

import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.TestIdentityProvider;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** With one event loop configured, the gateway serves many callers at once on that one loop. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=gateway", "tvaers.gateway.event-loops=1"})
@Import(RoutedLoops.Probe.class)
class EventLoopsIT {

    static final FakeServices SERVICES = new FakeServices();

    @LocalServerPort
    int port;

    @Autowired
    ReactorResourceFactory resources;

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
    void oneLoopServesManyCallersAtOnce() {
        EventLoopGroup loops = resources.getLoopResources().onServer(true);
        List<EventExecutor> executors = StreamSupport.stream(loops.spliterator(), false).toList();
        String bearer = TestIdentityProvider.get().bearer(Persona.JONAS_JOB);

        assertThat(RoutedLoops.callAtOnce(port, bearer, "/api/cases/", 16)).hasSize(16).containsOnly("case-service");
        assertThat(executors).hasSize(1);
        assertThat(probe.routed).hasSize(16).allSatisfy(routed -> {
            assertThat(routed.loop()).isSameAs(executors.get(0));
            assertThat(routed.answeredOnIt()).isTrue();
        });
    }
}

package dk.tvaers.launcher;

import dk.tvaers.testsupport.Persona;
import io.netty.channel.EventLoopGroup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.web.client.RestClient;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole platform as the launcher runs it (every service and the gateway, each on its own
 * database, and the demo sign-in) on the test PostgreSQL and Kafka: a caseworker signs in, registers a
 * citizen and opens a case through the gateway and, through case-service, Kafka and coordination-service,
 * the sector shows as involved through the gateway.
 */
class VerticalSliceIT {

    static Platform platform;
    static RestClient gateway;

    @BeforeAll
    static void start() {
        platform = TestPlatform.get().platform;
        gateway = TestPlatform.get().as(Persona.ANNA_ADDICTION);
    }

    @Test
    void aCaseOpenedThroughTheGatewayShowsItsSectorAsInvolvedThroughTheGateway() {
        var registered = gateway.post().uri("/api/citizens").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("cpr", "140387-1119", "name", "Test Testesen"))
                .retrieve().toEntity(Map.class);
        assertThat(registered.getStatusCode().value()).isEqualTo(201);
        UUID citizen = UUID.fromString((String) registered.getBody().get("citizenId"));

        var opened = gateway.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("citizenId", citizen, "legalBasis", "Serviceloven §101"))
                .retrieve().toEntity(Map.class);
        assertThat(opened.getStatusCode().value()).isEqualTo(201);
        assertThat(opened.getHeaders().get("X-Correlation-Id")).hasSize(1);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<Map<String, Object>> involved = gateway.get()
                    .uri("/api/coordination/citizens/{id}/involved-sectors", citizen)
                    .retrieve().body(List.class);
            assertThat(involved).singleElement().satisfies(sector -> {
                assertThat(sector).containsEntry("sector", "addiction-centre");
                assertThat(sector).containsEntry("caseId", opened.getBody().get("caseId"));
                assertThat(sector).containsEntry("caseworkerId", "anna.misbrug");
            });
        });
    }

    @Test
    void aClientMistakeIsAProblemDetailThroughTheGateway() {
        var response = gateway.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("citizenId", UUID.randomUUID(), "legalBasis", ""))
                .retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody().get("errors").toString()).contains("field=legalBasis");
    }

    @Test
    void aRequestWithoutSignInIsTurnedAwayAtTheGateway() {
        var response = RestClient.builder().baseUrl(platform.gatewayUrl())
                .defaultStatusHandler(HttpStatusCode::isError, (request, reply) -> { }).build()
                .get().uri("/api/cases?citizenId={id}", UUID.randomUUID()).retrieve().toEntity(String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void everyServiceIsUpBehindTheGateway() {
        platform.serviceUrls().forEach((name, url) -> {
            Map<String, Object> health = RestClient.create(url).get().uri("/actuator/health/readiness").retrieve()
                    .body(Map.class);
            assertThat(health).as(name).containsEntry("status", "UP");
        });
    }

    @Test
    void theGatewayHasFourEventLoopsOfItsOwnToHoldItsShareOfTheSharedCores() {
        // fewer loops starved the gateway on an overloaded platform: the kernel shares a core out per thread
        EventLoopGroup loops = platform.gatewayContext().getBean(ReactorResourceFactory.class).getLoopResources()
                .onServer(true);
        assertThat(loops).hasSize(4);
    }

    @Test
    void noServiceHooksSpringSecurityIntoTheReactorPipelinesOfTheJvm() {
        // started alone a service has no WebFlux; on the launcher's one classpath Spring Security would install a
        // JVM-wide Reactor hook that puts its attributes into every subscriber's context, the gateway's too
        Boolean hooked = Mono.deferContextual(context -> Mono.just(
                context.hasKey("org.springframework.security.SECURITY_CONTEXT_ATTRIBUTES"))).block();
        assertThat(hooked).isFalse();
        platform.serviceUrls().keySet().forEach(name -> assertThat(platform.context(name)
                .containsBeanDefinition(WithoutReactorContextHook.REGISTRAR)).as(name).isFalse());
    }

    @Test
    void theDemoDataIsSeededThroughTheGatewayAndADemoCitizenCanBeLookedUpByCpr() {
        Map<String, UUID> seeded = DemoData.seed(platform.gatewayUrl(), platform.issuer());
        assertThat(seeded).containsOnlyKeys("Mads Mikkelsen", "Aisha Rahimi", "Peter Nørgaard");
        UUID mads = seeded.get("Mads Mikkelsen");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var found = gateway.post().uri("/api/citizens/lookup").contentType(MediaType.APPLICATION_JSON)
                    .header("X-Purpose", "Demo")
                    .body(Map.of("cpr", DemoData.CITIZENS.get(0).cpr())).retrieve().toEntity(Map.class);
            assertThat(found.getStatusCode().value()).isEqualTo(200);
            assertThat(found.getBody()).containsEntry("citizenId", mads.toString())
                    .containsEntry("name", "Mads Mikkelsen");
        });
        assertThat(DemoData.seed(platform.gatewayUrl(), platform.issuer())).as("seeding again adds nothing")
                .isEmpty();
    }
}

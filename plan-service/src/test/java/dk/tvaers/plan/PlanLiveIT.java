package dk.tvaers.plan;

import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.ServiceIntegrationTest;
import dk.tvaers.testsupport.TestIdentityProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dk.tvaers.plan.Plans.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

/** An open plan page hears of every change to the plan, whichever sector made it, and only its own citizen's. */
@ServiceIntegrationTest(properties = "spring.config.name=plan-service")
class PlanLiveIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final HttpClient client = HttpClient.newHttpClient();
    Plans plans;
    UUID citizen;

    @BeforeEach
    void setUp() {
        plans = new Plans(port, jdbc);
        citizen = UUID.randomUUID();
        plans.caseOpened(citizen, Persona.SOFIE_SOCIAL);
        plans.caseOpened(citizen, Persona.JONAS_JOB);
        plans.plan(Persona.SOFIE_SOCIAL, citizen, 0);
    }

    @Test
    void aSectorFollowingThePlanHearsOfAnotherSectorsChangeWithTheVersionToRead() throws Exception {
        BlockingQueue<String> events = follow(Persona.JONAS_JOB, citizen);
        long now = version(events.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertThat(now).as("the first event tells the version now").isNotNegative();

        plans.addGoal(Persona.SOFIE_SOCIAL, citizen, "Få en fast bolig");

        long changed = version(events.poll(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertThat(changed).isGreaterThan(now);
        Map<String, Object> plan = plans.get(Persona.JONAS_JOB, "/api/plans/citizens/{c}", citizen).getBody();
        assertThat(((Number) plan.get("version")).longValue()).as("the read model has the change already")
                .isGreaterThanOrEqualTo(changed);
        assertThat((List<?>) plan.get("goals")).hasSize(1);
    }

    @Test
    void aCaseworkerWhoDoesNotWorkWithTheCitizenCannotFollowThePlan() throws Exception {
        HttpResponse<Void> response = client.send(request(Persona.ANNA_ADDICTION, citizen),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void aStreamCarriesNoPersonalDataOnlyVersions() throws Exception {
        BlockingQueue<String> events = follow(Persona.SOFIE_SOCIAL, citizen);
        events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        plans.addGoal(Persona.SOFIE_SOCIAL, citizen, "Komme ud af misbruget");

        String event = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(event).doesNotContain("misbruget").matches(
                "\\{\"citizenId\":\"" + citizen + "\",\"version\":\\d+}");
    }

    private BlockingQueue<String> follow(Persona persona, UUID citizen) {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        client.sendAsync(request(persona, citizen), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    assertThat(response.statusCode()).isEqualTo(200);
                    try (Stream<String> lines = response.body()) {
                        lines.filter(line -> line.startsWith("data:")).map(line -> line.substring(5).strip())
                                .forEach(events::add);
                    }
                });
        return events;
    }

    private HttpRequest request(Persona persona, UUID citizen) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/plans/citizens/" + citizen
                        + "/stream"))
                .header("Authorization", TestIdentityProvider.get().bearer(persona))
                .header("Accept", "text/event-stream").GET().build();
    }

    private static long version(String data) {
        assertThat(data).as("an event arrived").isNotNull();
        return Long.parseLong(data.replaceAll(".*\"version\":(\\d+).*", "$1"));
    }
}

package dk.tvaers.bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;

/**
 * The vertical slice under an open model: case openings arrive at a fixed rate whatever the response
 * times (one registered citizen without a case per arrival), sent by the jobcenter's system with its
 * client-credentials token, half through the gateway and half straight at case-service at the same time, so both
 * meet the same platform. A warm-up at half the rate comes first and is reported apart. The legal basis marks each phase, so the
 * propagation can be measured per phase from the databases afterwards.
 */
public class SliceSimulation extends Simulation {

    static final String GATEWAY_PHASE = "bench-gateway";
    static final String DIRECT_PHASE = "bench-direct";
    static final String WARM_UP_PHASE = "bench-warm-up";
    /** The measured requests' names, as ResponseTimes keeps them. */
    static final String MEASURED_VIA_GATEWAY = "open case via gateway";
    static final String MEASURED_DIRECT = "open case direct";
    /** The jobcenter's caseworkers the cases are spread over, as in a municipality. */
    static final int CASEWORKERS = 40;
    /** Between the warm-up and the measured phase, so the warm-up's backlog is not measured. */
    static final int QUIET_SECONDS = 10;

    private final String gateway = System.getProperty("bench.gateway", "http://localhost:8080");
    private final String direct = System.getProperty("bench.direct", "http://localhost:8081");
    private final int rate = Integer.getInteger("bench.rate", 100);
    private final int seconds = Integer.getInteger("bench.seconds", 60);
    private final int warmUpSeconds = Integer.getInteger("bench.warmup", 120);
    private final String issuer = System.getProperty("bench.issuer", "http://localhost:9000");

    {
        HttpProtocolBuilder protocol = http.contentTypeHeader("application/json")
                .authorizationHeader("Bearer " + SectorSystemToken.fetch(issuer, "jobcenter-system"))
                .shareConnections();
        setUp(
                openCase("warm-up via gateway", gateway, WARM_UP_PHASE)
                        .injectOpen(constantUsersPerSec(rate / 2.0).during(warmUpSeconds))
                        .andThen(openCase("warm-up direct", direct, WARM_UP_PHASE)
                                .injectOpen(constantUsersPerSec(rate / 2.0).during(warmUpSeconds / 2)))
                        // both at once, half the rate each, after the warm-up's backlog has had time to drain:
                        // the gateway's share is the difference between two streams on the same platform
                        .andThen(openCase(MEASURED_VIA_GATEWAY, gateway, GATEWAY_PHASE)
                                        .injectOpen(nothingFor(QUIET_SECONDS),
                                                constantUsersPerSec(rate / 2.0).during(seconds)),
                                openCase(MEASURED_DIRECT, direct, DIRECT_PHASE)
                                        .injectOpen(nothingFor(QUIET_SECONDS),
                                                constantUsersPerSec(rate / 2.0).during(seconds))))
                .protocols(protocol);
    }

    private static ScenarioBuilder openCase(String name, String baseUrl, String phase) {
        return scenario(name)
                .exec(session -> session.set("citizenId", Citizens.next())
                        .set("caseworkerId", "bench.jobcenter-" + ThreadLocalRandom.current().nextInt(CASEWORKERS)))
                .exec(http(name).post(baseUrl + "/api/cases")
                        .body(StringBody("{\"citizenId\":\"#{citizenId}\",\"legalBasis\":\"" + phase + "\","
                                + "\"caseworkerId\":\"#{caseworkerId}\"}"))
                        .check(status().is(201), responseTimeInMillis().saveAs("responseTime")))
                .exec(session -> {
                    ResponseTimes.record(name, session.contains("responseTime") ? session.getLong("responseTime") : -1,
                            !session.isFailed());
                    return session;
                });
    }
}

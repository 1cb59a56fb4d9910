package dk.tvaers.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * The gateway's own cost, apart from the platform's load: the same request, one at a time on a kept-alive
 * connection, alternately through the gateway and straight at case-service, so both see the same machine at the
 * same moment and the difference is what the gateway adds (token check, limits, routing, a second hop), timed in
 * microseconds. The request reads the organisation's teams: it passes every filter of the gateway, reads no
 * personal data and changes nothing, so it can be sent thousands of times. (Until 2026-12-03 it was a case opening
 * that case-service refused with 400; Tomcat closes the connection after a 400, so every request then paid for a
 * new connection, direct and from the gateway to case-service.) Paced under the gateway's per-client rate limit.
 */
final class GatewayOverhead {

    /**
     * Latencies in ms; the CPU the gateway's event loops used per request through the gateway, and case-service's
     * Tomcat threads per request (both ways reach it), in ms.
     */
    record Result(double gatewayP50, double directP50, double gatewayP99, double directP99, int measured,
                  double gatewayCpu, double serviceCpu) {

        double addedAtP50() {
            return gatewayP50 - directP50;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String direct;
    private final String token;
    private final long platformPid;

    GatewayOverhead(String gateway, String direct, String token, long platformPid) {
        this.gateway = gateway;
        this.direct = direct;
        this.token = token;
        this.platformPid = platformPid;
    }

    Result run(int warmUp, int measured) throws IOException, InterruptedException {
        long[] viaGateway = new long[measured];
        long[] straight = new long[measured];
        Map<String, ThreadGroups.Usage> from = Map.of();
        for (int i = 0; i < warmUp + measured; i++) {
            if (i == warmUp) {
                from = ThreadGroups.snapshot(platformPid);
            }
            long gatewayNanos = time(gateway);
            long directNanos = time(direct);
            if (i >= warmUp) {
                viaGateway[i - warmUp] = gatewayNanos;
                straight[i - warmUp] = directNanos;
            }
            // the gateway lets one client send 200 requests a second; stay well under it
            Thread.sleep(8);
        }
        Map<String, ThreadGroups.Usage> used = ThreadGroups.between(from, ThreadGroups.snapshot(platformPid));
        Arrays.sort(viaGateway);
        Arrays.sort(straight);
        return new Result(millis(viaGateway, 50), millis(straight, 50), millis(viaGateway, 99),
                millis(straight, 99), measured, used.get(ThreadGroups.GATEWAY).runNanos() / 1e6 / measured,
                used.get(ThreadGroups.CASE_SERVICE).runNanos() / 1e6 / (2.0 * measured));
    }

    private long time(String base) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/teams"))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        long from = System.nanoTime();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long took = System.nanoTime() - from;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("expected 200 from " + base + ", got " + response.statusCode());
        }
        return took;
    }

    private static double millis(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}

package dk.tvaers.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * The gateway's limits: a token bucket per client, one per address for refused sign-ins, the largest request
 * body, the browser origins allowed to call the API (the web frontend's), how long a service may take to
 * accept a connection and to answer, and how many event loops serve it all (0: one per core).
 */
@ConfigurationProperties("tvaers.gateway")
record GatewayLimits(RateLimit rateLimit, @DefaultValue("1048576") long maxRequestBytes, Cors cors,
                     @DefaultValue FailedAuthentication failedAuthentication,
                     @DefaultValue Upstream upstream, @DefaultValue("0") int eventLoops) {

    GatewayLimits {
        if (eventLoops < 0) {
            throw new IllegalArgumentException("tvaers.gateway.event-loops must be 0 (one per core) or more");
        }
        if (eventLoops == 0) {
            eventLoops = Runtime.getRuntime().availableProcessors();
        }
    }

    /** Requests refused for a missing or bad token, per address: a bucket that each 401 drains. */
    record FailedAuthentication(@DefaultValue("50") long capacity, @DefaultValue("5") long perSecond) {
    }

    record RateLimit(@DefaultValue("400") long capacity, @DefaultValue("200") long perSecond) {
    }

    record Cors(@DefaultValue List<String> allowedOrigins) {
    }

    /** Connecting to a service, and the longest wait for the next bytes of its answer. */
    record Upstream(@DefaultValue("2s") Duration connectTimeout, @DefaultValue("30s") Duration responseTimeout) {
    }
}

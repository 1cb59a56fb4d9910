package dk.tvaers.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * Runs before the token check, so a flood of requests without a valid token cannot hammer the gateway or the
 * signing keys: each answer 401 drains its address's bucket, and an address whose bucket is empty gets 429 until
 * it refills. Requests with a valid token never drain it, and a token accepted lately (one the token check still
 * remembers, {@link VerifiedTokens}) passes even while its address is slowed down, so people behind the same
 * municipal proxy as a misbehaving client go on working;
 * their own per-client limit is {@link RateLimitFilter}'s.
 */
@Component
class FailedAuthenticationThrottle implements WebFilter, Ordered {

    private final GatewayLimits.FailedAuthentication limit;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();
    /** The tokens the token check accepted lately: they pass even while their address is slowed down. */
    private final VerifiedTokens acceptedTokens;

    FailedAuthenticationThrottle(GatewayLimits limits, VerifiedTokens acceptedTokens) {
        this.limit = limits.failedAuthentication();
        this.acceptedTokens = acceptedTokens;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        Bucket bucket = buckets.get(address(exchange), key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity())
                        .refillGreedy(limit.perSecond(), Duration.ofSeconds(1)).build())
                .build());
        if (bucket.getAvailableTokens() <= 0 && !acceptedLately(exchange)) {
            exchange.getResponse().getHeaders().set("Retry-After", "1");
            return Problems.write(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS, "rate-limit",
                    "For mange forespørgsler", "Too many requests without a valid access token from this address.");
        }
        return chain.filter(exchange).doFinally(signal -> {
            if (HttpStatus.UNAUTHORIZED.equals(exchange.getResponse().getStatusCode())) {
                bucket.tryConsume(1);
            }
        });
    }

    private boolean acceptedLately(ServerWebExchange exchange) {
        try {
            String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
            String token = BearerTokenHeader.token(authorization);
            return token != null && acceptedTokens.remembers(token);
        } catch (OAuth2AuthenticationException malformed) {
            return false;
        }
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    /** Before Spring Security's filter chain (order -100). */
    @Override
    public int getOrder() {
        return -200;
    }
}

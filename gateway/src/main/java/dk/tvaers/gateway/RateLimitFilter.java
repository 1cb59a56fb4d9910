package dk.tvaers.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Duration;

/**
 * Per-client rate limits (Bucket4j token buckets): each signed-in client or person has its own bucket,
 * anonymous callers one per address. An empty bucket answers 429 with {@code Retry-After}; requests that
 * are refused here never reach a service. Also refuses bodies over the size limit (413), whether they state their
 * length or are sent in chunks.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    private final GatewayLimits limits;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(10)).build();

    RateLimitFilter(GatewayLimits limits) {
        this.limits = limits;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length < 0 && exchange.getRequest().getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return withinLimit(exchange).flatMap(limited -> limit(limited, chain))
                    .onErrorResume(DataBufferLimitException.class, tooLarge -> tooLarge(exchange));
        }
        if (length > limits.maxRequestBytes()) {
            return tooLarge(exchange);
        }
        return limit(exchange, chain);
    }

    /**
     * A body sent without a length (chunked, as Spring's RestClient sends one) is read up to the limit and no
     * further, then passed on with its length; one over the limit is refused like any other.
     */
    private Mono<ServerWebExchange> withinLimit(ServerWebExchange exchange) {
        return DataBufferUtils.join(exchange.getRequest().getBody(), Math.toIntExact(limits.maxRequestBytes()))
                .map(body -> {
                    byte[] bytes = new byte[body.readableByteCount()];
                    body.read(bytes);
                    DataBufferUtils.release(body);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0])
                .map(bytes -> exchange.mutate().request(new ServerHttpRequestDecorator(exchange.getRequest()) {
                    @Override
                    public HttpHeaders getHeaders() {
                        HttpHeaders headers = new HttpHeaders();
                        headers.putAll(super.getHeaders());
                        headers.remove(HttpHeaders.TRANSFER_ENCODING);
                        headers.setContentLength(bytes.length);
                        return headers;
                    }

                    @Override
                    public Flux<DataBuffer> getBody() {
                        return Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(bytes)));
                    }
                }).build());
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return Problems.write(exchange.getResponse(), HttpStatus.CONTENT_TOO_LARGE, "too-large",
                "For stor forespørgsel", "The request body is larger than " + limits.maxRequestBytes() + " bytes.");
    }

    private Mono<Void> limit(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal().map(Principal::getName)
                .defaultIfEmpty("address:" + address(exchange))
                .flatMap(client -> {
                    ConsumptionProbe probe = buckets.get(client, this::newBucket).tryConsumeAndReturnRemaining(1);
                    exchange.getResponse().getHeaders().set("X-RateLimit-Remaining",
                            Long.toString(probe.getRemainingTokens()));
                    if (probe.isConsumed()) {
                        return chain.filter(exchange);
                    }
                    long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
                    exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
                    return Problems.write(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS, "rate-limit",
                            "For mange forespørgsler", "Too many requests from this client; retry after " + seconds
                                    + " s.");
                });
    }

    private Bucket newBucket(String client) {
        GatewayLimits.RateLimit rate = limits.rateLimit();
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(rate.capacity())
                        .refillGreedy(rate.perSecond(), Duration.ofSeconds(1)).build())
                .build();
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}

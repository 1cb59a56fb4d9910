package dk.tvaers.gateway;

import io.netty.channel.ChannelOption;
import io.netty.handler.timeout.ReadTimeoutException;
import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyRoutingFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * How long the gateway waits for a service: to connect, and for the next bytes of its answer; a service that
 * does not answer in time gets the caller a 504 problem.
 * <p>
 * Both timeouts sit on the gateway's one HTTP client, where Netty keeps them on the connection's own event loop.
 * Spring Cloud Gateway's {@code httpclient.connect-timeout} and {@code response-timeout} properties would do the
 * same per request: the first copies the client's configuration for every request, the second times each
 * response with a Reactor timer on a scheduler thread, which is woken twice per request (bench/README.md).
 */
@Configuration(proxyBeanMethods = false)
class UpstreamTimeouts {

    @Bean
    HttpClientCustomizer upstreamClientTimeouts(GatewayLimits limits) {
        GatewayLimits.Upstream upstream = limits.upstream();
        return client -> client
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(upstream.connectTimeout().toMillis()))
                .responseTimeout(upstream.responseTimeout());
    }

    @Bean
    GlobalFilter upstreamTooSlow(GatewayLimits limits) {
        return new TooSlow(limits.upstream());
    }

    /** Answers a service's silence with 504, unless part of its answer has already gone to the caller. */
    private record TooSlow(GatewayLimits.Upstream upstream) implements GlobalFilter, Ordered {

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
            return chain.filter(exchange).onErrorResume(ReadTimeoutException.class, timeout ->
                    exchange.getResponse().isCommitted() ? Mono.error(timeout)
                            : Problems.write(exchange.getResponse(), HttpStatus.GATEWAY_TIMEOUT, "upstream-timeout",
                                    "Gateway Timeout", "The service did not answer within "
                                            + upstream.responseTimeout().toMillis() + " ms"));
        }

        @Override
        public int getOrder() {
            // just outside the routing filter, whose response is what times out
            return NettyRoutingFilter.ORDER - 1;
        }
    }
}

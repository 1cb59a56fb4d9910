package dk.tvaers.gateway;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * A read that meets a restarting service (a server error, a refused or broken connection) is tried twice more,
 * after 50 ms and 100 ms; a write never is, since the service may have acted on it. Spring Cloud Gateway's retry filter
 * would do the same as a default filter, but it wraps every request in its retry machinery and decides by method
 * only when an attempt fails; here a write goes past it untouched.
 */
@Component
class RetryReads implements GlobalFilter, Ordered {

    private final GatewayFilter retry;

    RetryReads(RetryGatewayFilterFactory retries) {
        this.retry = retries.apply(new RetryGatewayFilterFactory.RetryConfig()
                .setRetries(2)
                .setMethods(HttpMethod.GET)
                .setSeries(HttpStatus.Series.SERVER_ERROR)
                .setStatuses(HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE)
                .setBackoff(Duration.ofMillis(50), Duration.ofMillis(500), 2, false));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return HttpMethod.GET.equals(exchange.getRequest().getMethod())
                ? retry.filter(exchange, chain) : chain.filter(exchange);
    }

    /** Where a route's first filter would be: around everything that sends the request to the service. */
    @Override
    public int getOrder() {
        return 1;
    }
}

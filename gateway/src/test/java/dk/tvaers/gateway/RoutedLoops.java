package dk.tvaers.gateway;

import io.netty.channel.EventLoop;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyRoutingFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test's probe just outside the routing filter, whose completion is the service's answer arriving: for each request
 * routed, the event loop that received it and whether the answer arrived on that loop.
 */
final class RoutedLoops implements GlobalFilter, Ordered {

    /** Puts the probe into the gateway under test: {@code @Import(RoutedLoops.Probe.class)}. */
    @TestConfiguration
    static class Probe {

        @Bean
        RoutedLoops routedLoops() {
            return new RoutedLoops();
        }
    }

    record Routed(EventLoop loop, boolean answeredOnIt) {
    }

    final List<Routed> routed = new CopyOnWriteArrayList<>();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        EventLoop loop = ColocatedRouting.loopOf(exchange);
        return chain.filter(exchange).doOnSuccess(done -> routed.add(new Routed(loop, loop != null && loop.inEventLoop())));
    }

    @Override
    public int getOrder() {
        return NettyRoutingFilter.ORDER - 2;
    }
}

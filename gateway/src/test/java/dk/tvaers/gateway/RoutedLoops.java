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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

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

    /**
     * Sends {@code count} requests to the gateway at once, {@code path} followed by their number, on a new client (so
     * new connections), and returns the answers' bodies.
     */
    static List<String> callAtOnce(int port, String bearer, String path, int count) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> answers = IntStream.range(0, count)
                .mapToObj(i -> client.sendAsync(HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + port + path + i)).header("Authorization", bearer).build(),
                        HttpResponse.BodyHandlers.ofString()))
                .toList();
        return answers.stream().map(answer -> answer.join().body()).toList();
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

package dk.tvaers.gateway;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.cloud.gateway.filter.NettyRoutingFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.resources.LoopResources;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway calls a service on the event loop that received the caller's request, so one thread carries the
 * request through the gateway and back.
 * <p>
 * Spring Cloud Gateway's routing filter takes a connection to the service from one pool shared by all event loops.
 * A connection belongs to the loop it was opened on, so a request was often handed from the caller's loop to the
 * connection's, and the answer handed back ({@code ColocatedRoutingIT} fails that way without this class). Here
 * each loop gets its own pool: the client runs on the request's loop, and Reactor Netty keys its pools by the
 * client's loop resources. With four loops and eight concurrent readers on a quiet platform the gateway's CPU per
 * request went from 0.95-1.0 ms to 0.80-0.89 ms (bench/README.md, 2026-12-07).
 * <p>
 * Replaces Spring Cloud Gateway's routing filter, which is switched off in {@code gateway.yml}
 * ({@code global-filter.netty-routing.enabled: false}); its response writer is switched off with it and declared
 * here unchanged.
 */
@Configuration(proxyBeanMethods = false)
class ColocatedRouting {

    @Bean
    NettyRoutingFilter colocatedRoutingFilter(HttpClient httpClient,
                                              ObjectProvider<List<HttpHeadersFilter>> headersFilters,
                                              HttpClientProperties properties) {
        return new Filter(httpClient, headersFilters, properties);
    }

    @Bean
    NettyWriteResponseFilter nettyWriteResponseFilter(GatewayProperties properties,
                                                      ObjectProvider<List<HttpHeadersFilter>> headersFilters) {
        return new NettyWriteResponseFilter(properties.getStreamingMediaTypes(), headersFilters);
    }

    /** The event loop of the connection the caller's request arrived on; {@code null} off Reactor Netty. */
    static EventLoop loopOf(ServerWebExchange exchange) {
        Object nativeRequest = ServerHttpRequestDecorator.getNativeRequest(exchange.getRequest());
        if (!(nativeRequest instanceof HttpServerRequest request)) {
            return null;
        }
        EventLoop[] loop = new EventLoop[1];
        request.withConnection(connection -> loop[0] = connection.channel().eventLoop());
        return loop[0];
    }

    static final class Filter extends NettyRoutingFilter {

        private final HttpClient shared;
        private final Map<EventLoop, HttpClient> perLoop = new ConcurrentHashMap<>();

        Filter(HttpClient httpClient, ObjectProvider<List<HttpHeadersFilter>> headersFilters,
               HttpClientProperties properties) {
            super(httpClient, headersFilters, properties);
            this.shared = httpClient;
        }

        @Override
        protected HttpClient getHttpClient(Route route, ServerWebExchange exchange) {
            HttpClient client = super.getHttpClient(route, exchange);
            EventLoop loop = loopOf(exchange);
            if (client != shared || loop == null) {
                // a route with timeouts of its own gets a client of its own from Spring Cloud Gateway, as before
                return client;
            }
            return perLoop.computeIfAbsent(loop, own -> shared.runOn(new OneLoop(own)));
        }
    }

    /** One of the server's event loops, lent to the client: the server owns it and shuts it down. */
    private record OneLoop(EventLoop loop) implements LoopResources {

        @Override
        public EventLoopGroup onServer(boolean useNative) {
            return loop;
        }

        @Override
        public EventLoopGroup onClient(boolean useNative) {
            return loop;
        }

        @Override
        public EventLoopGroup onServerSelect(boolean useNative) {
            return loop;
        }

        @Override
        public void dispose() {
            // not ours to shut down
        }

        @Override
        public Mono<Void> disposeLater(Duration quietPeriod, Duration timeout) {
            return Mono.empty();
        }
    }
}

package dk.tvaers.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The web frontend through the gateway: the built app (the {@code web} module, on the classpath under
 * {@code tvaers-web/}) at {@code /}, with {@code index.html} for the app's own routes so a bookmark or a reload
 * works; {@code /config.json} telling the app where to sign in, so one build runs locally and in compose; and
 * {@code /sign-in/token}, the code exchange forwarded to the provider (see {@link SignInSettings}).
 */
@Configuration(proxyBeanMethods = false)
class WebFrontend {

    static final String TOKEN_PATH = "/sign-in/token";
    private static final List<String> NOT_THE_APP = List.of("/api/", "/actuator/", "/sign-in/");

    @Bean
    SignInSettings signInSettings(@Value("${tvaers.auth.issuer}") String issuer,
                                  @Value("${tvaers.auth.jwk-set-uri}") String jwkSetUri,
                                  @Value("${tvaers.web.client-id:tvaers-web}") String clientId,
                                  @Value("${tvaers.web.authorization-endpoint:}") String authorizationEndpoint,
                                  @Value("${tvaers.web.end-session-endpoint:}") String endSessionEndpoint,
                                  @Value("${tvaers.web.token-endpoint:}") String tokenEndpoint,
                                  @Value("${tvaers.web.loopback-redirect:#{null}}") Boolean loopbackRedirect) {
        return SignInSettings.of(issuer, jwkSetUri, clientId, authorizationEndpoint, endSessionEndpoint, tokenEndpoint,
                loopbackRedirect);
    }

    /** What the app needs to sign in; no secrets (the client is public and uses PKCE). */
    @Bean
    RouterFunction<ServerResponse> webConfig(SignInSettings signIn) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("issuer", signIn.issuer());
        config.put("clientId", signIn.clientId());
        config.put("authorizationEndpoint", signIn.authorizationEndpoint());
        config.put("endSessionEndpoint", signIn.endSessionEndpoint());
        config.put("tokenEndpoint", TOKEN_PATH);
        config.put("loopbackRedirect", signIn.loopbackRedirect());
        return RouterFunctions.route()
                .GET("/config.json", request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                        .cacheControl(CacheControl.noCache()).bodyValue(config))
                .build();
    }

    /** The browser's code exchange, same-origin, forwarded as it is; the provider sees no browser origin. */
    @Bean
    RouteLocator signInRoutes(RouteLocatorBuilder routes, SignInSettings signIn) {
        String target = signIn.tokenEndpoint().getScheme() + "://" + signIn.tokenEndpoint().getRawAuthority();
        return routes.routes()
                .route("sign-in-token", route -> route.path(TOKEN_PATH).and().method(HttpMethod.POST)
                        .filters(filter -> filter.setPath(signIn.tokenEndpoint().getRawPath())
                                .removeRequestHeader(HttpHeaders.ORIGIN)
                                .removeRequestHeader(HttpHeaders.COOKIE)
                                .removeRequestHeader(HttpHeaders.AUTHORIZATION))
                        .uri(target))
                .build();
    }

    /**
     * A page of the app (a path without a file extension outside the API) is the app's {@code index.html}: the
     * app routes in the browser. The hashed assets are kept for a year; the page itself is checked every time.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    WebFilter appPages() {
        return (ServerWebExchange exchange, WebFilterChain chain) -> {
            ServerHttpRequest request = exchange.getRequest();
            String path = request.getPath().pathWithinApplication().value();
            if (!HttpMethod.GET.equals(request.getMethod()) && !HttpMethod.HEAD.equals(request.getMethod())
                    || NOT_THE_APP.stream().anyMatch(path::startsWith)) {
                return chain.filter(exchange);
            }
            HttpHeaders headers = exchange.getResponse().getHeaders();
            if (path.startsWith("/assets/")) {
                headers.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
                return chain.filter(exchange);
            }
            String last = path.substring(path.lastIndexOf('/') + 1);
            if (last.contains(".") && !last.equals("index.html")) {
                return chain.filter(exchange);
            }
            headers.setCacheControl(CacheControl.noCache());
            return chain.filter(exchange.mutate().request(request.mutate().path("/index.html").build()).build());
        };
    }
}

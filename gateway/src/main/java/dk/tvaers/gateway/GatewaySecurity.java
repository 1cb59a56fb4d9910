package dk.tvaers.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The first check: every API request needs a valid access token (issuer, audience, expiry, signature)
 * before it is routed. Each service checks the token again and decides what the caller may see. Also
 * the browser-facing protections: security headers on every response and CORS only for the web
 * frontend's origins. The open-data catalog is the one exception: anyone may read it, from anywhere. The
 * gateway's own actuator (metrics) is for operators.
 * <p>
 * Stateless: a request is authenticated by its token alone. No chain keeps a security context or a saved request
 * in a web session, so no request makes or looks up one (in WebFlux that costs two thread hops per request, see
 * bench/README.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewayLimits.class)
class GatewaySecurity {

    /** The offer catalog as Open Referral HSDS: open data, read by anyone, with or without a token. */
    static final String OPEN_DATA = "/api/open-data/hsds/**";

    @Bean
    @Order(1)
    SecurityWebFilterChain openDataSecurity(ServerHttpSecurity http, CorsConfigurationSource cors) {
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, OPEN_DATA))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .cors(spec -> spec.configurationSource(cors))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER)))
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .build();
    }

    /** The token check's memory of accepted tokens, shared with the {@link FailedAuthenticationThrottle}. */
    @Bean
    VerifiedTokens verifiedTokens(ReactiveJwtDecoder jwtDecoder) {
        return new VerifiedTokens(jwtDecoder, 10_000, Duration.ofMinutes(5), Clock.systemUTC());
    }

    /**
     * No observation of Spring Security's filters, authentication and authorization: {@code http.server.requests}
     * times every request already. Boot's {@code management.observations.enable.spring.security=false} only turns
     * the observations off; their decorators still wrap every filter of the chain on every request (a checkpoint and
     * two lambdas per filter, bench/README.md 2026-12-07). Without this bean they are not made at all.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, CorsConfigurationSource cors,
                                       VerifiedTokens verifiedTokens, @Value("${tvaers.auth.issuer}") String issuer) {
        return http
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .cors(spec -> spec.configurationSource(cors))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; connect-src 'self' " + issuer + "; img-src 'self' data:; "
                                        + "style-src 'self'; script-src 'self'; font-src 'self'; "
                                        + "frame-ancestors 'none'; form-action 'self' " + issuer + "; base-uri 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicy(permissions -> permissions.policy(
                                "camera=(), microphone=(), geolocation=(), payment=()")))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
                        .pathMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .pathMatchers("/actuator/**").hasRole("operator")
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenConverter(new BearerTokenHeader())
                        .jwt(jwt -> jwt
                                .jwtDecoder(verifiedTokens::decode)
                                .jwtAuthenticationConverter(rolesAsAuthorities())))
                .build();
    }

    /**
     * Spring Security's strict firewall as it comes (methods, paths, encodings, header characters), its header rule
     * checked without regular expressions ({@link HeaderCharacters}).
     */
    @Bean
    ServerWebExchangeFirewall firewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(HeaderCharacters::allowedInName);
        firewall.setAllowedHeaderValues(HeaderCharacters::allowedInValue);
        return firewall;
    }

    /** The token's {@code roles} claim as {@code ROLE_…} authorities, as the services read it. */
    private static ReactiveJwtAuthenticationConverterAdapter rolesAsAuthorities() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }

    @Bean
    CorsConfigurationSource corsConfiguration(GatewayLimits limits) {
        CorsConfiguration openData = new CorsConfiguration();
        openData.setAllowedOrigins(List.of("*"));
        openData.setAllowedMethods(List.of("GET"));
        openData.setMaxAge(Duration.ofHours(1));
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOrigins(limits.cors() == null ? List.of() : limits.cors().allowedOrigins());
        api.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        api.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Purpose", "X-Correlation-Id", "If-Match",
                "Idempotency-Key"));
        api.setExposedHeaders(List.of("X-Correlation-Id", "Location", "ETag", "Retry-After"));
        api.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration(OPEN_DATA, openData);
        source.registerCorsConfiguration("/api/**", api);
        return source;
    }
}

package dk.tvaers.platform.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Every service is a JWT resource server: each request needs an access token from the configured
 * issuer ({@code tvaers.auth.issuer}), for the audience {@code tvaers}, unexpired and signed with a key
 * from the issuer's key set (so {@code alg=none} and unsigned tokens fail). The token's {@code roles}
 * become {@code ROLE_<role>} authorities. Only health, info, metrics and the API description are open. A verified
 * token is remembered until it expires, for five minutes at most ({@link VerifiedTokenCache}).
 */
@AutoConfiguration
@EnableMethodSecurity
public class SecurityAutoConfiguration {

    @Bean
    public SecurityFilterChain tvaersApiSecurity(HttpSecurity http, JwtDecoder jwtDecoder) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                                "/api/*/v3/api-docs/**", "/error").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Roles.OPERATOR)
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(new VerifiedTokenCache(jwtDecoder, 10_000, Duration.ofMinutes(5),
                                        Clock.systemUTC()))
                                .jwtAuthenticationConverter(new RolesConverter()))
                        .authenticationEntryPoint(ProblemAuthenticationHandlers.unauthenticated())
                        .accessDeniedHandler(ProblemAuthenticationHandlers.forbidden()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(ProblemAuthenticationHandlers.unauthenticated())
                        .accessDeniedHandler(ProblemAuthenticationHandlers.forbidden()));
        return http.build();
    }

    /**
     * No observation of Spring Security's filters, authentication and authorization: {@code http.server.requests}
     * times every request already. Turning the observations off by property leaves their decorators wrapping every
     * filter of the chain on every request; without this bean they are not made at all.
     */
    @Bean
    public SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    public WebMvcConfigurer actorParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ActorArgumentResolver());
            }
        };
    }

    /** The {@code roles} claim as authorities; the subject as the principal name. */
    static final class RolesConverter implements Converter<Jwt, AbstractAuthenticationToken> {
        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            List<String> roles = jwt.getClaimAsStringList("roles");
            Collection<GrantedAuthority> authorities = roles == null ? List.of()
                    : roles.stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
            return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
        }
    }
}

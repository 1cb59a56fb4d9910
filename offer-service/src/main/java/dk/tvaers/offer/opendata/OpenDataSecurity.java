package dk.tvaers.offer.opendata;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Open data is open: anyone may read and reuse the catalog as HSDS 3.0 without signing in. The export holds
 * no personal data (offers, providers, prices, schedules, seat and waiting-list counts; no citizen, no
 * caseworker), so this chain lets reads of {@code /api/open-data/hsds/**} through without a token. It comes
 * before the platform's chain, which still guards everything else, other methods on these paths included.
 */
@Configuration(proxyBeanMethods = false)
class OpenDataSecurity {

    static final String PATHS = "/api/open-data/hsds/**";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain openDataReadableByAnyone(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, PATHS))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }
}

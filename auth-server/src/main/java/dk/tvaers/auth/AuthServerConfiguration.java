package dk.tvaers.auth;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Spring Authorization Server with the demo realm: people sign in with the authorization code flow and
 * PKCE (the web frontend), partner institutions and sector systems use client credentials. Access
 * tokens are signed JWTs for the audience {@code tvaers} carrying {@code roles}, {@code sector},
 * {@code organisation}, {@code team} and {@code name}, as Keycloak's mappers in the realm add them.
 */
@Configuration(proxyBeanMethods = false)
class AuthServerConfiguration {

    static final String AUDIENCE = "tvaers";

    @Bean
    DemoRealm demoRealm(@Value("${tvaers.auth.realm:classpath:keycloak/tvaers-realm.json}") Resource realm) {
        return new DemoRealm(realm);
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signInChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(DemoRealm realm, PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(realm.users().values().stream()
                .map(user -> User.withUsername(user.identity().username())
                        .password(encoder.encode(user.password()))
                        .roles(user.identity().roles().stream().map(role -> role.toUpperCase().replace('-', '_'))
                                .toArray(String[]::new))
                        .build())
                .toList());
    }

    @Bean
    RegisteredClientRepository clients(DemoRealm realm, PasswordEncoder encoder) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(15)).build();
        List<RegisteredClient> clients = realm.clients().stream().map(client -> {
            RegisteredClient.Builder builder = RegisteredClient.withId(UUID.nameUUIDFromBytes(
                            client.clientId().getBytes()).toString())
                    .clientId(client.clientId())
                    .tokenSettings(tokens);
            if (client.serviceAccount()) {
                builder.clientSecret(encoder.encode(client.secret()))
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS);
            } else {
                builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                        .clientSettings(ClientSettings.builder().requireProofKey(true)
                                .requireAuthorizationConsent(false).build());
                client.redirectUris().forEach(uri -> redirectUris(uri).forEach(builder::redirectUri));
                client.redirectUris().forEach(uri -> builder.postLogoutRedirectUri(uri.replace("*", "")));
            }
            return builder.build();
        }).toList();
        return new InMemoryRegisteredClientRepository(clients);
    }

    /**
     * Keycloak accepts a wildcard redirect; Spring Authorization Server wants exact ones. The web frontend
     * returns to {@code /login/callback} (and the loopback address on any port, for tests).
     */
    private static List<String> redirectUris(String keycloakPattern) {
        String base = keycloakPattern.endsWith("/*")
                ? keycloakPattern.substring(0, keycloakPattern.length() - 2) : keycloakPattern;
        return List.of(base + "/login/callback", base.replace("localhost", "127.0.0.1") + "/login/callback");
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tvaersClaims(DemoRealm realm) {
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
                    && !"id_token".equals(context.getTokenType().getValue())) {
                return;
            }
            String principal = context.getPrincipal().getName();
            realm.identity(principal).ifPresent(identity -> {
                if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                    context.getClaims().audience(List.of(AUDIENCE));
                }
                context.getClaims()
                        .claim("preferred_username", identity.username())
                        .claim("name", identity.name())
                        .claim("roles", identity.roles());
                if (identity.sector() != null) {
                    context.getClaims().claim("sector", identity.sector());
                }
                if (identity.organisation() != null) {
                    context.getClaims().claim("organisation", identity.organisation());
                }
                if (identity.team() != null) {
                    context.getClaims().claim("team", identity.team());
                }
            });
        };
    }
}

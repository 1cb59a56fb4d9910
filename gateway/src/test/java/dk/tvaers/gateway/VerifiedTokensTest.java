package dk.tvaers.gateway;

import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** On the test issuer's real signed tokens and a real reactive Nimbus decoder with issuer, audience and time checks. */
class VerifiedTokensTest {

    private final TestIdentityProvider issuer = TestIdentityProvider.get();
    private final AtomicInteger verifications = new AtomicInteger();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());
    private final VerifiedTokens decoder = new VerifiedTokens(counting(realDecoder()), 100, Duration.ofMinutes(5),
            new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now.get();
                }
            });

    @Test
    void anAcceptedTokenIsNotVerifiedAgain() {
        String token = issuer.token(Persona.SOFIE_SOCIAL);

        Jwt first = decoder.decode(token).block();
        Jwt second = decoder.decode(token).block();

        assertThat(second.getSubject()).isEqualTo("sofie.social");
        assertThat(second).isSameAs(first);
        assertThat(verifications).hasValue(1);
        decoder.decode(issuer.token(Persona.JONAS_JOB)).block();
        assertThat(verifications).as("another token is verified on its own").hasValue(2);
    }

    @Test
    void aRefusedTokenIsRefusedEveryTime() {
        for (String refused : new String[]{issuer.tokenWithForgedSignature(Persona.SOFIE_SOCIAL),
                issuer.expiredToken(Persona.SOFIE_SOCIAL), issuer.tokenForAnotherAudience(Persona.SOFIE_SOCIAL),
                issuer.tokenFromAnotherIssuer(Persona.SOFIE_SOCIAL), issuer.unsignedToken(Persona.SOFIE_SOCIAL)}) {
            int before = verifications.get();
            assertThatThrownBy(() -> decoder.decode(refused).block()).isInstanceOf(JwtException.class);
            assertThatThrownBy(() -> decoder.decode(refused).block()).isInstanceOf(JwtException.class);
            assertThat(verifications.get() - before).as("verified both times").isEqualTo(2);
        }
    }

    @Test
    void aRememberedTokenIsNotUsedPastItsExpiry() {
        String token = issuer.token(Persona.SOFIE_SOCIAL);
        Jwt jwt = decoder.decode(token).block();

        now.set(jwt.getExpiresAt().plusSeconds(1));
        decoder.decode(token).block(); // the real decoder, on the real clock, still accepts it

        assertThat(verifications).as("verified again once past its expiry by the cache's clock").hasValue(2);
    }

    private ReactiveJwtDecoder realDecoder() {
        NimbusReactiveJwtDecoder real = NimbusReactiveJwtDecoder.withJwkSetUri(issuer.jwkSetUri()).build();
        real.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer.issuer()),
                token -> token.getAudience().contains(TestIdentityProvider.AUDIENCE)
                        ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token"))));
        return real;
    }

    private ReactiveJwtDecoder counting(ReactiveJwtDecoder delegate) {
        return token -> Mono.defer(() -> {
            verifications.incrementAndGet();
            return delegate.decode(token);
        });
    }
}

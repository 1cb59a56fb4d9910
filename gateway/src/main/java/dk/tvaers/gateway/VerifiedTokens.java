package dk.tvaers.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The gateway's token check remembers the access tokens it has accepted, so a caller's next requests with the same
 * token skip parsing, key conversion and the signature check (a tenth of the gateway's CPU per request, see
 * bench/README.md). The services do the same with the platform's {@code VerifiedTokenCache}.
 * <p>
 * Only a token the delegate accepted (signature, issuer, audience, time) is remembered, keyed by the whole token. A
 * remembered token is used until it expires, never after, and for at most {@code maximumAge}, so a signing key the
 * issuer withdraws stops being honoured within that time. A token without an expiry is never remembered.
 * <p>
 * Not a {@code ReactiveJwtDecoder} bean itself (Spring Boot's decoder, which it wraps, would then not be made); the
 * token check uses {@link #decode} as its decoder, and the {@link FailedAuthenticationThrottle} asks it which tokens
 * were accepted.
 */
final class VerifiedTokens {

    private final ReactiveJwtDecoder delegate;
    private final Cache<String, Jwt> verified;
    private final Clock clock;

    VerifiedTokens(ReactiveJwtDecoder delegate, long maximumSize, Duration maximumAge, Clock clock) {
        this.delegate = delegate;
        this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(maximumAge).build();
        this.clock = clock;
    }

    /** The token's claims, verified by the delegate or remembered from an earlier verification. */
    Mono<Jwt> decode(String token) {
        Jwt known = remembered(token);
        if (known != null) {
            return Mono.just(known);
        }
        return delegate.decode(token).doOnNext(jwt -> {
            if (usableAt(jwt, clock.instant())) {
                verified.put(token, jwt);
            }
        });
    }

    /**
     * Whether this token was accepted lately and may still be used: the gateway's proof that a caller is signed in
     * before the token is checked ({@link FailedAuthenticationThrottle}).
     */
    boolean remembers(String token) {
        return remembered(token) != null;
    }

    /** The claims of this token if it was verified lately and may still be used; {@code null} otherwise. */
    private Jwt remembered(String token) {
        Jwt known = verified.getIfPresent(token);
        return known != null && usableAt(known, clock.instant()) ? known : null;
    }

    private static boolean usableAt(Jwt jwt, Instant now) {
        return jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt())
                && (jwt.getNotBefore() == null || !now.isBefore(jwt.getNotBefore()));
    }
}

package dk.tvaers.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Remembers access tokens it has already verified, so a caseworker's next requests with the same token skip the
 * parsing and the signature check (a seventh of a request's CPU in case-service, see bench/README.md).
 * <p>
 * Only a token the delegate accepted (signature, issuer, audience, time) is remembered, keyed by the whole token:
 * a token that differs in one character is a different key and is verified afresh. A remembered token is used
 * until it expires, never after, and for at most {@code maximumAge}, so a signing key the issuer withdraws stops
 * being honoured within that time. A token without an expiry is never remembered.
 */
public final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder delegate;
    private final Cache<String, Jwt> verified;
    private final Clock clock;

    public VerifiedTokenCache(JwtDecoder delegate, long maximumSize, Duration maximumAge, Clock clock) {
        this.delegate = delegate;
        this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(maximumAge).build();
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Jwt known = verified.getIfPresent(token);
        if (known != null && usableAt(known, now)) {
            return known;
        }
        Jwt jwt = delegate.decode(token);
        if (usableAt(jwt, now)) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    private static boolean usableAt(Jwt jwt, Instant now) {
        return jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt())
                && (jwt.getNotBefore() == null || !now.isBefore(jwt.getNotBefore()));
    }
}

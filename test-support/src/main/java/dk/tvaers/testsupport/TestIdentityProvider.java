package dk.tvaers.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * An OpenID Connect issuer for tests: it publishes its signing key set over HTTP (as a real provider
 * does) and mints access tokens for {@link Persona}s, good ones and deliberately bad ones. One per test
 * JVM; services under test are pointed at it by {@link InfrastructureInitializer}.
 */
public final class TestIdentityProvider {

    public static final String AUDIENCE = "tvaers";

    private static TestIdentityProvider instance;

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey strangerKey;

    private TestIdentityProvider() {
        try {
            key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID("test-" + UUID.randomUUID()).generate();
            strangerKey = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(key.getKeyID()).generate();
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                exchange.getResponseBody().write(jwks);
                exchange.close();
            });
            server.start();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized TestIdentityProvider get() {
        if (instance == null) {
            instance = new TestIdentityProvider();
        }
        return instance;
    }

    public String issuer() {
        return "http://localhost:" + server.getAddress().getPort() + "/test-issuer";
    }

    public String jwkSetUri() {
        return "http://localhost:" + server.getAddress().getPort() + "/jwks";
    }

    /** A valid access token for the persona, for 15 minutes. */
    public String token(Persona persona) {
        return sign(claims(persona, issuer(), AUDIENCE, Instant.now().plus(Duration.ofMinutes(15))).build(), key);
    }

    /** A bearer header value for the persona. */
    public String bearer(Persona persona) {
        return "Bearer " + token(persona);
    }

    public String expiredToken(Persona persona) {
        return sign(claims(persona, issuer(), AUDIENCE, Instant.now().minus(Duration.ofMinutes(5))).build(), key);
    }

    public String tokenForAnotherAudience(Persona persona) {
        return sign(claims(persona, issuer(), "someone-else", Instant.now().plus(Duration.ofMinutes(15))).build(), key);
    }

    public String tokenFromAnotherIssuer(Persona persona) {
        return sign(claims(persona, "http://evil.example", AUDIENCE, Instant.now().plus(Duration.ofMinutes(15)))
                .build(), key);
    }

    /** Signed with a key the issuer never published (same key id: a forged signature). */
    public String tokenWithForgedSignature(Persona persona) {
        return sign(claims(persona, issuer(), AUDIENCE, Instant.now().plus(Duration.ofMinutes(15))).build(),
                strangerKey);
    }

    /** {@code alg=none}: no signature at all. */
    public String unsignedToken(Persona persona) {
        return new PlainJWT(claims(persona, issuer(), AUDIENCE, Instant.now().plus(Duration.ofMinutes(15))).build())
                .serialize();
    }

    private static JWTClaimsSet.Builder claims(Persona persona, String issuer, String audience, Instant expiry) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(persona.userId())
                .audience(List.of(audience))
                .issueTime(Date.from(Instant.now().minus(Duration.ofMinutes(20))))
                .notBeforeTime(Date.from(Instant.now().minus(Duration.ofMinutes(20))))
                .expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", persona.roles());
        if (persona.name() != null) {
            claims.claim("name", persona.name());
        }
        if (persona.sector() != null) {
            claims.claim("sector", persona.sector());
        }
        if (persona.organisation() != null) {
            claims.claim("organisation", persona.organisation());
        }
        if (persona.team() != null) {
            claims.claim("team", persona.team());
        }
        return claims;
    }

    private static String sign(JWTClaimsSet claims, RSAKey signingKey) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}

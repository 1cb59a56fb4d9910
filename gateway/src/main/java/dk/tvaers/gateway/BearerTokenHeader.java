package dk.tvaers.gateway;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Finds the access token in the {@code Authorization} header, as Spring Security's
 * {@code ServerBearerTokenAuthenticationConverter} does with its defaults (the header only; never a query or form
 * parameter), without its regular expression and its merge of three token sources per request: together a twentieth
 * of the gateway's CPU per request in a profile (bench/README.md, 2026-12-07). The rule is the same:
 * {@code ^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$}, case-insensitive. A header that does not start with "bearer" is
 * not a bearer token (no authentication, so 401 where one is needed); one that does but is malformed is refused as
 * an invalid token. {@code BearerTokenHeaderTest} compares both on many headers.
 */
final class BearerTokenHeader implements ServerAuthenticationConverter {

    private static final String SCHEME = "Bearer ";

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        return Mono.defer(() -> {
            String token = token(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
            return token == null ? Mono.empty() : Mono.just(new BearerTokenAuthenticationToken(token));
        });
    }

    /**
     * The token of an {@code Authorization} header; {@code null} when the header is missing or names another scheme.
     *
     * @throws OAuth2AuthenticationException when it names the bearer scheme but the token is malformed
     */
    static String token(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length() - 1)) {
            return null;
        }
        if (!wellFormed(authorization)) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return authorization.substring(SCHEME.length());
    }

    /** "Bearer", one space, then one or more token characters followed by any number of '='. */
    private static boolean wellFormed(String authorization) {
        int length = authorization.length();
        if (length <= SCHEME.length() || authorization.charAt(SCHEME.length() - 1) != ' ') {
            return false;
        }
        int i = SCHEME.length();
        while (i < length && tokenCharacter(authorization.charAt(i))) {
            i++;
        }
        if (i == SCHEME.length()) {
            return false;
        }
        while (i < length && authorization.charAt(i) == '=') {
            i++;
        }
        return i == length;
    }

    private static boolean tokenCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}

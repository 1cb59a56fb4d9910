package dk.tvaers.gateway;

import java.net.URI;

/**
 * How the web frontend signs in: the OpenID Connect provider's browser-facing endpoints, and the token endpoint
 * the gateway forwards the browser's code exchange to. The browser never calls the provider's token endpoint
 * itself: the local sign-in (Spring Authorization Server) answers no cross-origin requests, and inside compose
 * only the gateway can reach Keycloak by its container name. Everything follows from the issuer and the signing
 * keys' address the gateway already has, for Keycloak ({@code …/realms/<realm>}, keys at
 * {@code …/protocol/openid-connect/certs}) and for Spring Authorization Server (keys at {@code /oauth2/jwks});
 * each endpoint can also be set.
 *
 * @param issuer                the tokens' issuer, as the browser reaches it
 * @param clientId              the public client the frontend signs in as (authorization code with PKCE)
 * @param authorizationEndpoint where the browser is sent to sign in
 * @param endSessionEndpoint    where the browser is sent to sign out
 * @param tokenEndpoint         where the gateway forwards the code exchange (as the gateway reaches it)
 * @param loopbackRedirect      the provider refuses {@code localhost} redirect URIs (Spring Authorization Server
 *                              allows the loopback address 127.0.0.1 on any port instead): a page opened on
 *                              localhost moves to 127.0.0.1 before signing in
 */
record SignInSettings(String issuer, String clientId, String authorizationEndpoint, String endSessionEndpoint,
                      URI tokenEndpoint, boolean loopbackRedirect) {

    static final String KEYCLOAK_KEYS = "/protocol/openid-connect/certs";

    /** The settings for the provider the gateway trusts; a non-blank explicit value wins over a derived one. */
    static SignInSettings of(String issuer, String jwkSetUri, String clientId, String authorizationEndpoint,
                             String endSessionEndpoint, String tokenEndpoint, Boolean loopbackRedirect) {
        String base = stripSlash(issuer);
        String keys = stripSlash(jwkSetUri);
        boolean keycloak = keys.endsWith(KEYCLOAK_KEYS);
        String keysFolder = keys.substring(0, keys.lastIndexOf('/'));
        return new SignInSettings(base, clientId,
                or(authorizationEndpoint, keycloak ? base + "/protocol/openid-connect/auth" : base + "/oauth2/authorize"),
                or(endSessionEndpoint, keycloak ? base + "/protocol/openid-connect/logout" : base + "/connect/logout"),
                URI.create(or(tokenEndpoint, keysFolder + "/token")),
                loopbackRedirect != null ? loopbackRedirect : !keycloak);
    }

    private static String or(String explicit, String derived) {
        return explicit == null || explicit.isBlank() ? derived : explicit.strip();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

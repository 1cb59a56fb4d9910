package dk.tvaers.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs a person in at a real OpenID Connect provider the way a browser does (authorization code flow
 * with PKCE, the provider's own login form) and returns the access token. For end-to-end tests.
 */
public final class OidcLogin {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private OidcLogin() {
    }

    public static String accessToken(String issuer, String clientId, String redirectUri, String username,
                                     String password) {
        try {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            String verifier = randomToken();
            String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            String authorize = issuer + "/oauth2/authorize?" + form(Map.of(
                    "response_type", "code", "client_id", clientId, "redirect_uri", redirectUri,
                    "scope", "openid profile", "state", randomToken(), "code_challenge", challenge,
                    "code_challenge_method", "S256"));

            HttpResponse<String> toLogin = browser.send(get(authorize), HttpResponse.BodyHandlers.ofString());
            String loginPage = resolve(issuer, toLogin.headers().firstValue("Location").orElseThrow(() ->
                    new IllegalStateException("the provider did not ask to sign in: " + toLogin.statusCode())));
            String form = browser.send(get(loginPage), HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = CSRF.matcher(form);
            Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("username", username,
                    "password", password));
            if (csrf.find()) {
                fields.put("_csrf", csrf.group(1));
            }
            HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(loginPage))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
            String next = resolve(issuer, signedIn.headers().firstValue("Location").orElseThrow(() ->
                    new IllegalStateException("sign-in failed for " + username)));
            String redirect = next;
            for (int hops = 0; !redirect.startsWith(redirectUri) && hops < 5; hops++) {
                HttpResponse<String> step = browser.send(get(redirect), HttpResponse.BodyHandlers.ofString());
                redirect = resolve(issuer, step.headers().firstValue("Location").orElseThrow(() ->
                        new IllegalStateException("no redirect back to the client: " + step.statusCode())));
            }
            Matcher code = CODE.matcher(redirect);
            if (!code.find()) {
                throw new IllegalStateException("no authorization code in " + redirect);
            }
            HttpResponse<String> token = browser.send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                            "code", java.net.URLDecoder.decode(code.group(1), StandardCharsets.UTF_8),
                            "redirect_uri", redirectUri, "client_id", clientId, "code_verifier", verifier))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher accessToken = ACCESS_TOKEN.matcher(token.body());
            if (!accessToken.find()) {
                throw new IllegalStateException("no access token: " + token.statusCode() + " " + token.body());
            }
            return accessToken.group(1);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A client credentials token, for partner institutions and sector systems. */
    public static String clientToken(String issuer, String clientId, String secret) {
        try {
            HttpResponse<String> token = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                    (clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher accessToken = ACCESS_TOKEN.matcher(token.body());
            if (!accessToken.find()) {
                throw new IllegalStateException("no access token: " + token.statusCode() + " " + token.body());
            }
            return accessToken.group(1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest get(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Accept", "text/html").GET().build();
    }

    private static String resolve(String issuer, String location) {
        return location.startsWith("http") ? location : URI.create(issuer).resolve(location).toString();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

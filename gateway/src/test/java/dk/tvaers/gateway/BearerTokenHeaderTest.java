package dk.tvaers.gateway;

import dk.tvaers.testsupport.Persona;
import dk.tvaers.testsupport.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Finds the same token as Spring Security's converter, and refuses the same headers, for every header tried. */
class BearerTokenHeaderTest {

    private final ServerAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();
    private final ServerAuthenticationConverter ours = new BearerTokenHeader();

    @Test
    void aRealAccessTokenIsFound() {
        String token = TestIdentityProvider.get().token(Persona.SOFIE_SOCIAL);

        assertThat(outcome(ours, "Bearer " + token)).isEqualTo("token " + token);
        assertThat(outcome(ours, "bEARER " + token)).isEqualTo("token " + token);
    }

    @Test
    void everyHeaderIsJudgedAsSpringSecurityJudgesIt() {
        List<String> headers = new ArrayList<>(List.of("", "Bearer", "Bearer ", "Bearer  abc", "Bearer\tabc",
                "Bearerabc", "bearer abc", "BEARER abc", "Bearer abc=", "Bearer abc==", "Bearer =", "Bearer abc=d",
                "Bearer a b", "Bearer abc ", " Bearer abc", "Bearer abc\n", "Bearer abc\r\n", "Basic dXNlcjpwYXNz",
                "Bear abc", "Bearer a-b.c_d~e+f/g==", "Bearer æøå", "Bearer abc,def", "Token abc",
                "Bearer \u0130", "Bearer \u212A", "BEARER\u00a0abc"));
        // each ASCII and some other characters, alone, amid a token and at its end, and in place of the scheme's
        // letters and its space
        for (char c = 0; c < 0x250; c++) {
            headers.add("Bearer " + c);
            headers.add("Bearer ab" + c + "cd");
            headers.add("Bearer abcd=" + c);
            for (int position = 0; position < "Bearer ".length(); position++) {
                headers.add("Bearer ".substring(0, position) + c + "Bearer ".substring(position + 1) + "abc");
            }
        }
        for (String header : headers) {
            assertThat(outcome(ours, header)).as("[%s]", header).isEqualTo(outcome(spring, header));
        }
    }

    @Test
    void aRequestWithoutTheHeaderHasNoToken() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/teams"));

        assertThat(ours.convert(exchange).blockOptional()).isEmpty();
    }

    private static String outcome(ServerAuthenticationConverter converter, String authorization) {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/teams").header(HttpHeaders.AUTHORIZATION, authorization));
        try {
            Authentication authentication = converter.convert(exchange).block();
            return authentication == null ? "none"
                    : "token " + ((BearerTokenAuthenticationToken) authentication).getToken();
        } catch (OAuth2AuthenticationException refused) {
            return "refused " + refused.getError().getErrorCode() + ": " + refused.getError().getDescription();
        }
    }
}

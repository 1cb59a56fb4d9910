package dk.tvaers.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** 401 and 403 as RFC 9457 problem details, like every other error of the API. */
final class ProblemAuthenticationHandlers {

    private ProblemAuthenticationHandlers() {
    }

    static AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> write(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                "Ikke logget ind", "A valid access token is required.",
                "Bearer error=\"invalid_token\"");
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN, "forbidden",
                "Ingen adgang", "Your role does not give access to this.", null);
    }

    private static void write(HttpServletResponse response, HttpStatus status, String type, String title,
                              String detail, String challenge) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (challenge != null) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        String body = "{\"type\":\"https://tvaers.dk/problems/" + type + "\",\"title\":\"" + title
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}

package org.homeward.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import jakarta.servlet.http.HttpServletResponse;

/**
 * 401 and 403 for the API as {@code application/problem+json}, written directly: a container error page would be
 * served through the views' security chain and turn into a redirect to the login page.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, exception) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Homeward\"");
            write(response, HttpStatus.UNAUTHORIZED, "Sign-in required",
                    "This endpoint needs a user's credentials (HTTP Basic).", request.getRequestURI());
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN, "Not allowed",
                "Your role does not allow this.", request.getRequestURI());
    }

    /** Writes a problem with fixed texts (no escaping needed but for the request path) straight to the response. */
    public static void write(HttpServletResponse response, HttpStatus status, String title, String detail,
                             String instance) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\",\"instance\":\"" + instance.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}

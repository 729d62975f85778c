package org.sextant.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 answers for the API as RFC 9457 problem documents. */
final class ProblemSecurityHandlers {

    private ProblemSecurityHandlers() {
    }

    static AuthenticationEntryPoint unauthorized(JsonMapper json) {
        return (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Sextant\", Bearer");
            write(json, response, 401, "unauthorized", "Unauthorized",
                    "Sign in: send HTTP basic credentials or 'Authorization: Bearer <API token>'. " + e.getMessage());
        };
    }

    static AccessDeniedHandler forbidden(JsonMapper json) {
        return (request, response, e) -> write(json, response, 403, "forbidden", "Forbidden",
                "Your role does not allow this action on this resource.");
    }

    private static void write(JsonMapper json, HttpServletResponse response, int status, String type, String title,
            String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://sextant.dev/problems/" + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}

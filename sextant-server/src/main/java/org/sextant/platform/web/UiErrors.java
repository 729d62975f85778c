package org.sextant.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.StaleVersionException;
import org.springframework.core.Ordered;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows the failures a user can cause in the browser UI (no permission, unknown id, a rule broken,
 * someone else's newer change) as a friendly page, or as an alert when the request came from htmx.
 * It handles only the UI controllers (classes in a feature's {@code web} package) and runs before
 * {@link ProblemResponses}, which keeps answering the API with problem+json. Anything else falls
 * through to Spring Boot's error page ({@code templates/error.html}), which never shows internals.
 */
@Component
class UiErrors implements HandlerExceptionResolver, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (!(handler instanceof HandlerMethod method) || !isUiController(method.getBeanType())) {
            return null;
        }
        UiError error = describe(ex);
        if (error == null) {
            return null;
        }
        response.setStatus(error.status().value());
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setHeader("HX-Retarget", "#messages");
            response.setHeader("HX-Reswap", "innerHTML");
            return new ModelAndView("fragments :: alert", Map.of("level", "danger", "text", error.message()));
        }
        return new ModelAndView("error", Map.of("status", error.status().value(), "error", error.title(),
                "message", error.message()), error.status());
    }

    static boolean isUiController(Class<?> type) {
        String pkg = type.getPackageName();
        return pkg.startsWith("org.sextant.") && pkg.endsWith(".web") && !pkg.equals("org.sextant.platform.web");
    }

    /** The status, title and message for an exception a user can cause; null for anything else. */
    static UiError describe(Exception ex) {
        return switch (ex) {
            case AccessDeniedException e -> new UiError(HttpStatus.FORBIDDEN, "Not allowed",
                    e.getMessage() == null || e.getMessage().equals("Access Denied")
                            ? "Your role does not allow this action." : e.getMessage());
            case NotFoundException e -> new UiError(HttpStatus.NOT_FOUND, "Not found", e.getMessage() + ".");
            case StaleVersionException e -> new UiError(HttpStatus.CONFLICT, "Changed by someone else",
                    "This was changed by someone else while you were editing it. Reload the page and apply your change again.");
            case BusinessRuleException e -> new UiError(e.kind() == BusinessRuleException.Kind.CONFLICT
                    ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT, "Not possible", e.getMessage());
            case DataIntegrityViolationException e -> new UiError(HttpStatus.CONFLICT, "Not possible",
                    DatabaseMessages.explain(e).detail());
            case MethodArgumentTypeMismatchException e -> new UiError(HttpStatus.BAD_REQUEST, "Invalid request",
                    "'" + e.getValue() + "' is not a valid value for " + e.getName() + ".");
            default -> null;
        };
    }

    record UiError(HttpStatus status, String title, String message) {
    }
}

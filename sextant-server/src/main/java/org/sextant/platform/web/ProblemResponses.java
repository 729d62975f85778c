package org.sextant.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.NotFoundException;
import org.sextant.platform.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of an API request into an RFC 9457 {@code application/problem+json} answer
 * that says what is wrong and where: the field, the rule and, for unreadable JSON, the line and
 * column. Unexpected failures are logged and answered 500 without internals.
 */
@RestControllerAdvice(basePackages = "org.sextant")
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String TYPE_BASE = "https://sextant.dev/problems/";

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException e, HttpServletRequest request) {
        HttpStatus status = request.getHeader(HttpHeaders.IF_MATCH) != null
                ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
        ProblemDetail problem = problem(status, "stale-version", "Edited by someone else", e.getMessage());
        if (e.actual() >= 0) {
            problem.setProperty("currentVersion", e.actual());
        }
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail businessRule(BusinessRuleException e) {
        HttpStatus status = e.kind() == BusinessRuleException.Kind.CONFLICT
                ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail problem = problem(status, "rule-violated", "Request breaks a rule", e.getMessage());
        if (e.field() != null) {
            problem.setProperty("errors", List.of(fieldError(e.field(), e.getMessage())));
        }
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                e.getMessage() == null || e.getMessage().equals("Access Denied")
                        ? "Your role does not allow this action on this resource." : e.getMessage());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "The request has invalid values.");
        problem.setProperty("errors", e.getConstraintViolations().stream()
                .map(v -> fieldError(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList());
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String detail = "'" + e.getValue() + "' is not a valid value for parameter '" + e.getName() + "'";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        problem.setProperty("errors", List.of(fieldError(e.getName(), detail)));
        return problem;
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        DatabaseMessages db = DatabaseMessages.explain(e);
        ProblemDetail problem = problem(db.status(), db.status() == HttpStatus.CONFLICT ? "conflict" : "rule-violated",
                db.status() == HttpStatus.CONFLICT ? "Conflicts with stored data" : "Request breaks a rule", db.detail());
        if (db.field() != null) {
            problem.setProperty("errors", List.of(fieldError(db.field(), db.detail())));
        }
        return ResponseEntity.status(db.status()).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "Something went wrong on the server; nothing was changed. The error has been logged.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                e.getBindingResult().getFieldErrorCount() + " field(s) are invalid: "
                        + String.join("; ", e.getBindingResult().getFieldErrors().stream()
                                .map(f -> f.getField() + " " + f.getDefaultMessage()).toList()));
        problem.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
                .map(ProblemResponses::fieldError).toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        JsonProblem json = JsonProblem.describe(e);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable request body", json.detail());
        if (json.field() != null) {
            problem.setProperty("errors", List.of(fieldError(json.field(), json.detail())));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType() == null) {
            problem.setType(URI.create(TYPE_BASE + "http-" + statusCode.value()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    private static Map<String, Object> fieldError(FieldError error) {
        Map<String, Object> map = fieldError(error.getField(), error.getDefaultMessage());
        if (error.getRejectedValue() != null && !(error.getRejectedValue() instanceof CharSequence s && s.length() > 100)) {
            map.put("rejected", String.valueOf(error.getRejectedValue()));
        }
        return map;
    }

    private static Map<String, Object> fieldError(String field, String message) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("field", field);
        map.put("message", message);
        return map;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}

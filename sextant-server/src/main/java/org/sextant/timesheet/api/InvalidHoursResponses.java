package org.sextant.timesheet.api;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sextant.timesheet.InvalidHours;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a timesheet save that breaks hours rules with one problem+json listing every offending
 * cell, row and day in {@code errors} (the shared handler would name only the first).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = TimesheetApi.class)
class InvalidHoursResponses {

    @ExceptionHandler(InvalidHours.class)
    ProblemDetail invalidHours(InvalidHours e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(URI.create("https://sextant.dev/problems/rule-violated"));
        problem.setTitle("Request breaks a rule");
        problem.setProperty("errors", e.problems().stream().map(p -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", p.field());
            error.put("message", p.message());
            return error;
        }).toList());
        return problem;
    }
}

package org.sextant.timesheet;

import java.util.List;
import org.sextant.platform.BusinessRuleException;

/**
 * A timesheet save that breaks hours rules: every offending cell, row or day with its own message, so
 * the grid can mark each one. Answered 422 like any invalid request; {@link #field()} is the first.
 *
 * @see Problem
 */
public class InvalidHours extends BusinessRuleException {

    /** One broken rule: the API field ({@code rows[2].hours[1]}, {@code dayTotals[4]}, ...) and what is wrong. */
    public record Problem(String field, String message) {
    }

    private final transient List<Problem> problems;

    public InvalidHours(List<Problem> problems) {
        super(Kind.INVALID, problems.getFirst().field(), problems.size() == 1 ? problems.getFirst().message()
                : problems.size() + " problems with the hours: " + String.join(" ",
                        problems.stream().map(Problem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

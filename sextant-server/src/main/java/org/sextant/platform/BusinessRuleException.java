package org.sextant.platform;

/**
 * A request that is well-formed but breaks a rule of the domain (a WBS parent chain that loops, a
 * project deleted while it still has tasks): HTTP 409 or 422 with the rule and the offending field.
 *
 * @see Kind
 */
public class BusinessRuleException extends RuntimeException {

    /** Whether the request conflicts with stored state (409) or is invalid on its own (422). */
    public enum Kind { CONFLICT, INVALID }

    private final Kind kind;
    private final String field;

    public BusinessRuleException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static BusinessRuleException conflict(String field, String message) {
        return new BusinessRuleException(Kind.CONFLICT, field, message);
    }

    public static BusinessRuleException invalid(String field, String message) {
        return new BusinessRuleException(Kind.INVALID, field, message);
    }

    public Kind kind() {
        return kind;
    }

    /** The request field the rule is about, or null when it concerns the whole entity. */
    public String field() {
        return field;
    }
}

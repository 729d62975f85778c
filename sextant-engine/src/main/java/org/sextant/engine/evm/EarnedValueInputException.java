package org.sextant.engine.evm;

/**
 * Earned value input that cannot be analysed, with the evidence: the project (when known) and the
 * activity at fault.
 */
public final class EarnedValueInputException extends IllegalArgumentException {

    private final String project;
    private final String activityId;
    private final String problem;

    /** A problem with {@code activityId} (may be null) of {@code project} (may be null). */
    public EarnedValueInputException(String project, String activityId, String problem) {
        super((project == null ? "" : "project " + project + ": ")
                + (activityId == null ? "" : "activity " + activityId + ": ") + problem);
        this.project = project;
        this.activityId = activityId;
        this.problem = problem;
    }

    /** The same problem attributed to {@code projectName}. */
    EarnedValueInputException inProject(String projectName) {
        return new EarnedValueInputException(projectName, activityId, problem);
    }

    /** The project at fault, or null when the input was checked outside a project. */
    public String project() {
        return project;
    }

    /** The activity at fault, or null when the problem is not about one activity. */
    public String activityId() {
        return activityId;
    }

    /** What is wrong, without the project and activity. */
    public String problem() {
        return problem;
    }
}

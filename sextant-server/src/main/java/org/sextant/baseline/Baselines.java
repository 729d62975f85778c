package org.sextant.baseline;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sextant.project.ProjectId;

/**
 * A project's saved baselines. Reading needs read access to the project; saving, replacing and
 * clearing need edit access (its project manager, its program's manager, PMO, admin) and each is
 * audited with the number, name and task count.
 */
public interface Baselines {

    /** The highest baseline number: baselines are numbered 0 (the baseline) to 10. */
    int MAX_NUMBER = 10;

    /** The tasks saved in baseline {@code number} of the project; empty when that baseline was never set. */
    List<BaselineTask> tasks(ProjectId projectId, int number);

    /**
     * The tasks saved in baseline {@code number} of each project, in one query: every project given is a
     * key, in the order given, with an empty list when that baseline was never set. Like
     * {@link #tasks(ProjectId, int)} (which is this for one project) it checks no access: callers pass
     * projects the viewer may read.
     */
    Map<ProjectId, List<BaselineTask>> tasks(Collection<ProjectId> projectIds, int number);

    /** The project's saved baselines by number; slots never set are absent. */
    List<Baseline> list(ProjectId projectId);

    Optional<Baseline> find(ProjectId projectId, int number);

    /** The baseline, or NotFoundException when slot {@code number} is empty. */
    Baseline get(ProjectId projectId, int number);

    /**
     * Copies the project's current scheduled plan into an empty slot. A null {@code number} takes the
     * lowest free one; a null or blank {@code name} becomes "Baseline n". Refused (409) when the slot is
     * already set: replacing it is a separate, confirmed step ({@link #replace}).
     */
    Baseline save(ProjectId projectId, Integer number, String name);

    /** Copies the current plan over the baseline in slot {@code number}, which must be at {@code expectedVersion}. */
    Baseline replace(ProjectId projectId, int number, long expectedVersion, String name);

    /** Empties slot {@code number}, which must be at {@code expectedVersion}. */
    void clear(ProjectId projectId, int number, long expectedVersion);
}

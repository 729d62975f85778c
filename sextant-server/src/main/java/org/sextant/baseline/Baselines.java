package org.sextant.baseline;

import java.util.List;
import org.sextant.project.ProjectId;

/** Read access to a project's saved baselines. */
public interface Baselines {

    /** The highest baseline number: baselines are numbered 0 (the baseline) to 10. */
    int MAX_NUMBER = 10;

    /** The tasks saved in baseline {@code number} of the project; empty when that baseline was never set. */
    List<BaselineTask> tasks(ProjectId projectId, int number);
}

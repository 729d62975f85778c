package org.sextant.earnedvalue;

import java.util.Map;
import org.sextant.engine.evm.ProjectEarnedValue;
import org.sextant.project.ProjectId;
import org.sextant.schedule.TaskId;

/**
 * One project's earned value with what it was measured against.
 *
 * @param projectId  the project
 * @param code       its code
 * @param name       its name
 * @param baseline   the baseline number PV is measured against
 * @param unit       what the amounts are in
 * @param unitLabel  the currency code, or "h"
 * @param result     the engine's figures and S-curve; activity ids are task ids ({@link #taskNames} names them)
 * @param taskNames  the tasks' names by id (tasks deleted since the baseline keep their baseline name)
 */
public record ProjectEarnedValueReport(ProjectId projectId, String code, String name, int baseline,
        EarnedValueUnit unit, String unitLabel, ProjectEarnedValue result, Map<TaskId, String> taskNames) {

    public ProjectEarnedValueReport {
        taskNames = Map.copyOf(taskNames);
    }
}

package org.sextant.earnedvalue;

import java.util.List;
import java.util.Optional;
import org.sextant.engine.evm.PortfolioEarnedValue;
import org.sextant.project.ProjectId;

/**
 * A program's or portfolio's earned value: the projects that share the roll-up's unit summed (every
 * index recomputed from the sums), each project's own figures, and the projects left out with why.
 *
 * @param name      the program or portfolio
 * @param unit      what the sums are in: money when any project has costs, else work hours
 * @param unitLabel the currency code, or "h"
 * @param result    the engine's roll-up, absent when no project could be included
 * @param projects  the included projects' own figures, in the roll-up order
 * @param excluded  the projects left out (no baseline, another currency or unit)
 */
public record EarnedValueRollUp(String name, EarnedValueUnit unit, String unitLabel,
        Optional<PortfolioEarnedValue> result, List<ProjectEarnedValueReport> projects, List<Excluded> excluded) {

    /** A project not in the sums, and why. */
    public record Excluded(ProjectId projectId, String code, String name, String reason) {
    }

    public EarnedValueRollUp {
        projects = List.copyOf(projects);
        excluded = List.copyOf(excluded);
    }
}

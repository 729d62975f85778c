package org.sextant.earnedvalue;

import java.time.LocalDate;
import java.util.Optional;
import org.sextant.engine.evm.ProjectEarnedValue;
import org.sextant.portfolio.PortfolioId;
import org.sextant.program.ProgramId;
import org.sextant.project.ProjectId;

/**
 * Earned value of projects, programs and portfolios, as of a status date. PV comes from a baseline
 * (0 unless asked otherwise), EV from each task's progress, AC from the project's actual costs.
 * Reading needs read access to the project; a roll-up covers the projects the caller may read.
 */
public interface EarnedValues {

    /**
     * The project's earned value as of {@code statusDate} (null: the project's status date, else
     * today) against its baseline 0; empty when the project has no baseline 0 yet.
     */
    Optional<ProjectEarnedValue> project(ProjectId projectId, LocalDate statusDate);

    /**
     * The project's earned value with what it was measured against. Refused (409, field
     * {@code baseline}) when the project has no such baseline.
     */
    ProjectEarnedValueReport report(ProjectId projectId, EarnedValueRequest request);

    /** The projects of a program the caller may read, rolled up. */
    EarnedValueRollUp program(ProgramId programId, EarnedValueRequest request);

    /** The projects of a portfolio the caller may read, rolled up. */
    EarnedValueRollUp portfolio(PortfolioId portfolioId, EarnedValueRequest request);
}

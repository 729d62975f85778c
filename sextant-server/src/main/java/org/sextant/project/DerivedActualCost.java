package org.sextant.project;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A project's actual cost as derived from the actuals recorded in Sextant (approved time priced at the
 * rates in force, expenses, imported actual costs). The cost feature implements it (it depends on this
 * module, not the other way round). A project that records no actuals has none: its actual cost is the
 * figure typed on the project, for projects whose costs are tracked elsewhere.
 */
public interface DerivedActualCost {

    /** Derives nothing for every project. */
    DerivedActualCost NONE = project -> Optional.empty();

    /** The derived actual cost to date, or empty when the project records no actuals. */
    Optional<BigDecimal> of(ProjectId project);
}

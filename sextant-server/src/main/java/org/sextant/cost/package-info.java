/**
 * Cost: effective-dated cost rates of resources, budget lines by category (labour, materials, services,
 * other), capex/opex and month, expenses, and the planned and actual cost of every project — planned from
 * assignments' work time-phased and priced at the rate in force on each day, actual from approved
 * timesheet hours priced at the rate in force on the day worked plus expenses (ADR 0011 says which
 * actuals count and how nothing is counted twice). Other modules read costs through
 * {@link org.sextant.cost.ProjectCosts}; the cost view ({@link org.sextant.cost.CostOverviews}) forecasts
 * the cost at completion with the earned value feature's indices ({@link org.sextant.cost.PerformanceIndices}),
 * and the project's actual cost follows the actuals ({@link org.sextant.project.DerivedActualCost}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cost")
package org.sextant.cost;

/**
 * Cost: effective-dated cost rates, budget lines by category and period, expenses, and the planned
 * and actual cost of every project (planned from assignments × rates, actual from approved time ×
 * rates plus expenses). Other modules read costs through {@link org.sextant.cost.ProjectCosts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cost")
package org.sextant.cost;

/**
 * Portfolios: the top-level grouping through which the PMO and executives steer a set of programs and
 * projects. Later issues add strategic objectives, scoring and optimisation here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portfolio")
package org.sextant.portfolio;

/**
 * Sextant's engine: the hard computations of project and portfolio management (calendars, critical
 * path scheduling, resource leveling, earned value, risk simulation, portfolio optimisation) as pure
 * Java with no dependency beyond the JDK. Every capability takes an immutable input model and returns
 * an immutable result; user-caused failures (a dependency cycle, an infeasible constraint) come back
 * as values that carry their evidence. Nothing reads the wall clock and all randomness takes a seed.
 */
package org.sextant.engine;

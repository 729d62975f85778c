/**
 * The implementation of earned value: reading baselines, progress and costs, and calling the engine.
 * {@link org.sextant.earnedvalue.internal.ProjectReader} reads projects in bulk, a constant number of
 * queries per chunk of projects, through the other modules' many-project methods (ADR 0014, point 7).
 */
package org.sextant.earnedvalue.internal;

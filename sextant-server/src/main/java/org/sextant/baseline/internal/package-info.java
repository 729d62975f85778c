/**
 * JDBC implementations of the baseline module: baselines saved by one {@code INSERT … SELECT} from the
 * current plan, their comparison with it, the progress board, progress history read from the
 * trigger-written {@code task_progress} table (its writer named by {@link ProgressActor}), and the demo
 * organisation's baselines and dated progress history.
 */
package org.sextant.baseline.internal;

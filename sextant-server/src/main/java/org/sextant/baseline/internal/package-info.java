/**
 * JDBC implementations of the baseline module: baselines saved by one {@code INSERT … SELECT} from the
 * current plan, their comparison with it, and progress history read from the trigger-written
 * {@code task_progress} table.
 */
package org.sextant.baseline.internal;

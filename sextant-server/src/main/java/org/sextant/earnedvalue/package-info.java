/**
 * Earned value in the server: each project's PV (from a baseline), EV (from progress) and AC (from
 * actual costs) as of a status date, analysed by {@code org.sextant.engine.evm}, with S-curves and
 * roll-ups per program and portfolio. Other modules read it through
 * {@link org.sextant.earnedvalue.EarnedValues}. Nothing is stored: every read computes from the
 * baseline, task and cost modules' public APIs (ADR 0014: unit by what the baseline holds; the EV curve
 * follows each task's progress as last recorded on or before each period end in the baseline module's
 * {@link org.sextant.baseline.ProgressHistory}, estimated linearly from actual dates only where nothing
 * was recorded, and exactly the reported progress at the progress date; 409 when the baseline is
 * missing).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Earned value")
package org.sextant.earnedvalue;

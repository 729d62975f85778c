/**
 * Reading the PSPLIB single-mode RCPSP benchmark (Kolisch &amp; Sprecher 1996): {@code .sm} instances
 * into {@link org.sextant.engine.leveling.LevelingProblem}s and the solution files with optimal or
 * best-known makespans, so leveling is compared with published results rather than with itself.
 */
package org.sextant.engine.leveling.psplib;

package org.sextant.engine.leveling.psplib;

import org.sextant.engine.leveling.LevelingProblem;

/**
 * One PSPLIB single-mode instance: its name (file name without {@code .sm}, e.g. {@code j301_1}),
 * the problem, and the critical-path length printed in its header ("MPM-Time").
 */
public record PsplibInstance(String name, LevelingProblem problem, int criticalPathLength) {
}

package org.sextant.engine.leveling;

/**
 * Resource leveling: resource-constrained scheduling of activities sharing renewable resources.
 * Implementations are stateless and thread-safe; the same input, options and seed give the same result.
 */
public interface Leveler {

    /** Levels the problem; user-caused failures come back as {@link LevelingResult} values. */
    default LevelingResult level(LevelingProblem problem, LevelingOptions options) {
        return level(problem, options, LevelingMonitor.NONE);
    }

    /** Levels the problem, reporting progress to and stopping early on request of {@code monitor}. */
    LevelingResult level(LevelingProblem problem, LevelingOptions options, LevelingMonitor monitor);

    /** The recommended leveler, chosen by measurement on PSPLIB (see ADR 0005). */
    static Leveler standard() {
        return new GeneticLeveler();
    }
}

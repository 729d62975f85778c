package org.sextant.engine.leveling;

/**
 * Resource leveling: resource-constrained scheduling of activities sharing renewable resources.
 * Implementations are stateless and thread-safe; the same input, options and seed give the same result.
 */
public interface Leveler {

    /** Levels the problem; user-caused failures come back as {@link LevelingResult} values. */
    LevelingResult level(LevelingProblem problem, LevelingOptions options);

    /** The recommended leveler, chosen by measurement on PSPLIB (see ADR 0005). */
    static Leveler standard() {
        return new GeneticLeveler();
    }
}

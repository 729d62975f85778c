package org.sextant.engine.leveling;

/**
 * Watches a leveling run from another thread's point of view: a background job shows progress and may
 * stop the search early. Called from the leveling thread once per generation of the search, so
 * implementations must be cheap and thread-safe. When {@link #cancelled()} turns true the search stops
 * and the best schedule found so far is returned as usual.
 */
public interface LevelingMonitor {

    /** No progress reporting, never cancelled. */
    LevelingMonitor NONE = new LevelingMonitor() {
        @Override
        public void progress(int schedulesGenerated, int scheduleBudget, int bestMakespan) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** The search has spent {@code schedulesGenerated} of its budget; the best makespan so far. */
    void progress(int schedulesGenerated, int scheduleBudget, int bestMakespan);

    /** Whether the search should stop now and return its best schedule. */
    boolean cancelled();
}

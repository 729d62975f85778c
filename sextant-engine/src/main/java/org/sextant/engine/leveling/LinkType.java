package org.sextant.engine.leveling;

/**
 * The four precedence link types. Each is turned into a minimum distance between the two starts:
 * with predecessor i, successor j, durations d and lag L,
 * FS: S(j) >= S(i) + d(i) + L; SS: S(j) >= S(i) + L; FF: S(j) >= S(i) + d(i) - d(j) + L;
 * SF: S(j) >= S(i) - d(j) + L.
 */
public enum LinkType {
    FINISH_TO_START,
    START_TO_START,
    FINISH_TO_FINISH,
    START_TO_FINISH;

    /** The minimum start-to-start distance this link imposes. */
    public int startToStartLag(int predecessorDuration, int successorDuration, int lag) {
        return switch (this) {
            case FINISH_TO_START -> predecessorDuration + lag;
            case START_TO_START -> lag;
            case FINISH_TO_FINISH -> predecessorDuration - successorDuration + lag;
            case START_TO_FINISH -> lag - successorDuration;
        };
    }
}

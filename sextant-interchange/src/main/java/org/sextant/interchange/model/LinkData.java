package org.sextant.interchange.model;

/**
 * A precedence link.
 *
 * @param predecessorKey the task depended on
 * @param successorKey   the dependent task
 * @param type           FS, SS, FF or SF
 * @param lagMinutes     lag (negative: lead) in minutes
 * @param elapsed        whether the lag counts elapsed rather than working minutes
 */
public record LinkData(String predecessorKey, String successorKey, Type type, long lagMinutes, boolean elapsed) {

    public enum Type { FS, SS, FF, SF }
}

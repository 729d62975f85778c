package org.sextant.engine.schedule;

/**
 * Activity id to index, by open addressing (linear probing, load factor at most one half) over three
 * tables indexed by slot: the id {@code String} itself, its hash and its activity index.
 *
 * <p>Technique: a probe reads {@code keys[slot]}, {@code hashes[slot]} and {@code values[slot]},
 * independent loads whose cache misses overlap, and never follows a key to its characters unless the
 * hashes agree and the key is not the very object looked up (input models built from one table of
 * activities pass the same {@code String} objects as link ends, so {@code equals} is then not
 * needed). {@link #resolve} looks up a batch: it first reads every id's hash (strings cache it), then
 * probes, so that the misses of independent look-ups overlap instead of queueing behind each other.
 * Built once per network in O(n); a look-up is O(1) expected; 12 bytes per slot, 24 to 48 bytes
 * per activity. Immutable after construction and safe to read from several threads.
 */
final class IdIndex {

    private final String[] keys;
    private final int[] hashes;
    private final int[] values;
    private final int mask;

    /** Indexes {@code ids}; throws when an id occurs twice. */
    IdIndex(String[] ids) {
        int capacity = Integer.highestOneBit(Math.max(4, ids.length * 2 - 1)) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
        for (int i = 0; i < ids.length; i++) {
            String id = ids[i];
            int hash = id.hashCode();
            int slot = mix(hash) & mask;
            String key;
            while ((key = keys[slot]) != null) {
                if (key == id || hashes[slot] == hash && key.equals(id)) {
                    throw new InvalidScheduleException(id, "is defined twice");
                }
                slot = (slot + 1) & mask;
            }
            keys[slot] = id;
            hashes[slot] = hash;
            values[slot] = i;
        }
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The index of {@code id}, or -1. */
    int get(String id) {
        if (id == null) {
            return -1;
        }
        return probe(id, id.hashCode());
    }

    private int probe(String id, int hash) {
        int slot = mix(hash) & mask;
        while (true) {
            String key = keys[slot];
            if (key == id) {
                return values[slot];
            }
            if (key == null) {
                return -1;
            }
            if (hashes[slot] == hash && key.equals(id)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * Resolves {@code ids[0..count)} into {@code out[offset..offset + count)} (-1 for an unknown id),
     * reading all hashes before probing; an id that is the same object as the one before it is not
     * looked up again. {@code hashes} is scratch space of at least {@code count}.
     */
    void resolve(String[] ids, int count, int[] hashes, int[] out, int offset) {
        for (int k = 0; k < count; k++) {
            hashes[k] = ids[k].hashCode();
        }
        String previous = null;
        for (int k = 0; k < count; k++) {
            String id = ids[k];
            if (id == previous) {
                out[offset + k] = out[offset + k - 1];
                continue;
            }
            previous = id;
            int slot = mix(hashes[k]) & mask;
            int next = (slot + 1) & mask;
            // the first two probes inline: they answer most look-ups of an id object that is in the table
            out[offset + k] = keys[slot] == id ? values[slot] : keys[next] == id ? values[next] : probe(id, hashes[k]);
        }
    }
}

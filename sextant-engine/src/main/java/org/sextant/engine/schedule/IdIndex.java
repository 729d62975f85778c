package org.sextant.engine.schedule;

import java.util.Arrays;

/**
 * Activity id to index, by open addressing over a {@code long} table holding each id's hash beside
 * its index, so that a probe touches one cache line and a string comparison happens only when the
 * hashes agree. Built once per network; 16 bytes per activity.
 */
final class IdIndex {

    private static final long EMPTY = -1L;

    private final String[] ids;
    private final long[] table;
    private final int mask;

    IdIndex(String[] ids) {
        this.ids = ids;
        int capacity = Integer.highestOneBit(Math.max(4, ids.length * 2 - 1)) << 1;
        table = new long[capacity];
        mask = capacity - 1;
        Arrays.fill(table, EMPTY);
        for (int i = 0; i < ids.length; i++) {
            int hash = mix(ids[i].hashCode());
            int slot = hash & mask;
            while (table[slot] != EMPTY) {
                long entry = table[slot];
                if ((int) (entry >>> 32) == hash && ids[(int) entry].equals(ids[i])) {
                    throw new InvalidScheduleException(ids[i], "is defined twice");
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = ((long) hash << 32) | i;
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
        int hash = mix(id.hashCode());
        int slot = hash & mask;
        while (true) {
            long entry = table[slot];
            if (entry == EMPTY) {
                return -1;
            }
            if ((int) (entry >>> 32) == hash) {
                int i = (int) entry;
                if (ids[i].equals(id)) {
                    return i;
                }
            }
            slot = (slot + 1) & mask;
        }
    }
}

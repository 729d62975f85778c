package org.sextant.engine.schedule;

/**
 * Activity id to index, by open addressing over an int table (no boxing, one probe sequence per
 * lookup). Built once per network; about 8 bytes per activity.
 */
final class IdIndex {

    private final String[] ids;
    private final int[] table;
    private final int mask;

    IdIndex(String[] ids) {
        this.ids = ids;
        int capacity = Integer.highestOneBit(Math.max(4, ids.length * 2 - 1)) << 1;
        table = new int[capacity];
        mask = capacity - 1;
        java.util.Arrays.fill(table, -1);
        for (int i = 0; i < ids.length; i++) {
            int slot = slot(ids[i]);
            while (table[slot] >= 0) {
                if (ids[table[slot]].equals(ids[i])) {
                    throw new InvalidScheduleException(ids[i], "is defined twice");
                }
                slot = (slot + 1) & mask;
            }
            table[slot] = i;
        }
    }

    private int slot(String id) {
        int h = id.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    /** The index of {@code id}, or -1. */
    int get(String id) {
        if (id == null) {
            return -1;
        }
        int slot = slot(id);
        while (true) {
            int i = table[slot];
            if (i < 0) {
                return -1;
            }
            if (ids[i].equals(id)) {
                return i;
            }
            slot = (slot + 1) & mask;
        }
    }
}

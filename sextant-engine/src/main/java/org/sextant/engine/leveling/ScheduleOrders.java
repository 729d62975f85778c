package org.sextant.engine.leveling;

/**
 * Precedence-feasible orders derived from a schedule: by start (for a forward pass, which is then a
 * left justification) and by finish descending (for a backward pass, a right justification).
 * Kahn's algorithm with a binary heap keyed by the time, ties by topological rank, so the order stays
 * valid for links with negative start-to-start distances too. O((n + m) log n) per call.
 * Not thread-safe (reuses buffers).
 */
final class ScheduleOrders {

    private final Network net;
    private final int[] remaining;
    private final long[] heap;

    ScheduleOrders(Network net) {
        this.net = net;
        this.remaining = new int[net.n];
        this.heap = new long[net.n];
    }

    /** Activities by increasing start, each after its predecessors. */
    void byStart(int[] start, int[] out) {
        int size = 0;
        for (int j = 0; j < net.n; j++) {
            remaining[j] = net.predStart[j + 1] - net.predStart[j];
            if (remaining[j] == 0) {
                size = push(size, key(start[j], net.topologicalRank[j], j));
            }
        }
        for (int i = 0; i < net.n; i++) {
            int j = (int) (heap[0] & 0xFFFFF);
            size = pop(size);
            out[i] = j;
            for (int k = net.succStart[j]; k < net.succStart[j + 1]; k++) {
                int s = net.succIndex[k];
                if (--remaining[s] == 0) {
                    size = push(size, key(start[s], net.topologicalRank[s], s));
                }
            }
        }
    }

    /** Activities by decreasing finish, each after its successors. */
    void byFinishDescending(int[] start, int[] out) {
        int size = 0;
        int top = net.horizon + 1;
        for (int j = 0; j < net.n; j++) {
            remaining[j] = net.succStart[j + 1] - net.succStart[j];
            if (remaining[j] == 0) {
                size = push(size, key(top - start[j] - net.duration[j], net.n - net.topologicalRank[j], j));
            }
        }
        for (int i = 0; i < net.n; i++) {
            int j = (int) (heap[0] & 0xFFFFF);
            size = pop(size);
            out[i] = j;
            for (int k = net.predStart[j]; k < net.predStart[j + 1]; k++) {
                int p = net.predIndex[k];
                if (--remaining[p] == 0) {
                    size = push(size, key(top - start[p] - net.duration[p], net.n - net.topologicalRank[p], p));
                }
            }
        }
    }

    private static long key(int time, int rank, int j) {
        return ((long) time << 40) | ((long) rank << 20) | j;
    }

    private int push(int size, long value) {
        int i = size;
        heap[i] = value;
        while (i > 0) {
            int parent = (i - 1) >> 1;
            if (heap[parent] <= heap[i]) {
                break;
            }
            long tmp = heap[parent];
            heap[parent] = heap[i];
            heap[i] = tmp;
            i = parent;
        }
        return size + 1;
    }

    private int pop(int size) {
        size--;
        heap[0] = heap[size];
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                break;
            }
            int child = left + 1 < size && heap[left + 1] < heap[left] ? left + 1 : left;
            if (heap[i] <= heap[child]) {
                break;
            }
            long tmp = heap[child];
            heap[child] = heap[i];
            heap[i] = tmp;
            i = child;
        }
        return size;
    }
}

package org.sextant.engine.schedule;

import java.util.List;

/**
 * The input links as columns, in input order: predecessor and successor indexes (-1 where an id is
 * unknown), type, lag unit and lag amount.
 *
 * <p>Technique: look-ups go through {@link IdIndex#resolve} in blocks of {@value #BLOCK}, so that the
 * cache misses of independent look-ups overlap; an id that is the same object as the previous
 * link's (successors, when links come grouped by successor) is not looked up again. From
 * {@value #PARALLEL_THRESHOLD} links, and when the JVM has more than one processor, chunks of
 * {@value #CHUNK} links are shared between the calling thread and a pool worker ({@link SharedWork},
 * ADR 0015): each chunk writes only its own range of the columns, so the result does not depend on
 * which thread resolved what. Errors are not thrown while resolving but by {@link #validate}, for the
 * first faulty link in input order, as a sequential pass would. Whether the successors come in
 * non-decreasing order (which lets the network use the input order as its by-successor order) is
 * recorded on the way. O(m) work, about half of it on each of two idle cores.
 */
final class LinkColumns {

    static final int BLOCK = 256;
    static final int CHUNK = 1 << 14;
    static final int PARALLEL_THRESHOLD = 1 << 16;

    final int count;
    final int[] pred;
    final int[] succ;
    final byte[] type;
    final byte[] lagUnit;
    final int[] lagAmount;
    /** Whether {@code succ} is non-decreasing (every id resolved). */
    final boolean sortedBySuccessor;
    /** The first link whose lag does not fit an int (Integer.MAX_VALUE if none). */
    private final int firstOverflow;

    /** Columns already resolved (all ids known, lags in range). */
    LinkColumns(int count, int[] pred, int[] succ, byte[] type, byte[] lagUnit, int[] lagAmount) {
        this.count = count;
        this.pred = pred;
        this.succ = succ;
        this.type = type;
        this.lagUnit = lagUnit;
        this.lagAmount = lagAmount;
        sortedBySuccessor = false;
        firstOverflow = Integer.MAX_VALUE;
    }

    /** Resolves {@code links} through {@code index}. */
    LinkColumns(List<Link> links, IdIndex index) {
        count = links.size();
        pred = new int[count];
        succ = new int[count];
        type = new byte[count];
        lagUnit = new byte[count];
        lagAmount = new int[count];
        int chunks = (count + CHUNK - 1) / CHUNK;
        boolean[] chunkSorted = new boolean[chunks];
        int[] chunkOverflow = new int[chunks];
        SharedWork.forEachChunk(chunks, count >= PARALLEL_THRESHOLD && SharedWork.available(), c -> {
            int from = c * CHUNK;
            int to = Math.min(count, from + CHUNK);
            chunkOverflow[c] = Integer.MAX_VALUE;
            chunkSorted[c] = resolve(links, index, from, to, chunkOverflow, c);
        });
        boolean sorted = true;
        int overflow = Integer.MAX_VALUE;
        for (int c = 0; c < chunks; c++) {
            sorted &= chunkSorted[c] && sortedAt(c * CHUNK);
            overflow = Math.min(overflow, chunkOverflow[c]);
        }
        sortedBySuccessor = sorted;
        firstOverflow = overflow;
    }

    /**
     * Throws for the first link in input order that names an unknown activity or whose lag does not
     * fit an int, as a sequential resolution would.
     */
    void validate(List<Link> links) {
        for (int l = 0; l < Math.min(count, firstOverflow); l++) {
            if (pred[l] < 0 || succ[l] < 0) {
                Link link = links.get(l);
                String missing = pred[l] < 0 ? link.predecessorId() : link.successorId();
                throw new InvalidScheduleException(missing, "is linked but not defined");
            }
        }
        if (firstOverflow != Integer.MAX_VALUE) {
            Math.toIntExact(lagAmountOf(links.get(firstOverflow)));
        }
    }

    /** Whether links {@code k - 1} and {@code k} are in successor order (true at the ends). */
    private boolean sortedAt(int k) {
        return k <= 0 || k >= count || succ[k - 1] <= succ[k];
    }

    /**
     * Fills the columns for links {@code [from, to)}, noting in {@code overflow[chunk]} the first whose
     * lag does not fit an int; returns whether their successors are non-decreasing.
     */
    private boolean resolve(List<Link> links, IdIndex index, int from, int to, int[] overflow, int chunk) {
        String[] predecessors = new String[BLOCK];
        String[] successors = new String[BLOCK];
        int[] hashes = new int[BLOCK];
        int last = -1;
        boolean sorted = true;
        for (int start = from; start < to; start += BLOCK) {
            int end = Math.min(to, start + BLOCK);
            for (int l = start; l < end; l++) {
                Link link = links.get(l);
                predecessors[l - start] = link.predecessorId();
                successors[l - start] = link.successorId();
                type[l] = (byte) link.type().ordinal();
                lagUnit[l] = (byte) link.lag().unit().ordinal();
                long amount = lagAmountOf(link);
                if (amount != (int) amount && overflow[chunk] == Integer.MAX_VALUE) {
                    overflow[chunk] = l;
                }
                lagAmount[l] = (int) amount;
            }
            index.resolve(predecessors, end - start, hashes, pred, start);
            index.resolve(successors, end - start, hashes, succ, start);
            for (int l = start; l < end; l++) {
                sorted &= succ[l] >= last && succ[l] >= 0;
                last = succ[l];
            }
        }
        return sorted;
    }

    /** Whole minutes of a lag, or hundredths of a percent for percent lags (rounded). */
    private static long lagAmountOf(Link link) {
        Lag lag = link.lag();
        double value = lag.unit() == LagUnit.PERCENT_OF_PREDECESSOR ? lag.value() * 100 : lag.value();
        return Math.round(value);
    }
}

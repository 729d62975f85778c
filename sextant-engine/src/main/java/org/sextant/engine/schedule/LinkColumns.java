package org.sextant.engine.schedule;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;

/**
 * The input links as columns, in input order: predecessor and successor indexes (-1 where an id is
 * unknown), type, lag unit and lag amount.
 *
 * <p>Technique: look-ups go through {@link IdIndex#resolve} in blocks of {@value #BLOCK}, so that the
 * cache misses of independent look-ups overlap; an id that is the same object as the previous
 * link's (successors, when links come grouped by successor) is not looked up again. Above
 * {@value #PARALLEL_THRESHOLD} links, and when the JVM has more than one processor, the second half of
 * the links is resolved on the common fork-join pool while the calling thread resolves the first:
 * each half writes only its own range of the columns, so the result does not depend on scheduling.
 * Whether the successors come in non-decreasing order (which lets the network use the input order as
 * its by-successor order) is recorded on the way. O(m) work, O(m / 2) time on two cores.
 */
final class LinkColumns {

    static final int BLOCK = 256;
    static final int PARALLEL_THRESHOLD = 1 << 16;

    final int count;
    final int[] pred;
    final int[] succ;
    final byte[] type;
    final byte[] lagUnit;
    final int[] lagAmount;
    /** Whether {@code succ} is non-decreasing (every id resolved). */
    final boolean sortedBySuccessor;
    /** Per half: the first link whose lag does not fit an int (Integer.MAX_VALUE if none). */
    private final int[] firstOverflow = {Integer.MAX_VALUE, Integer.MAX_VALUE};

    /** Columns already resolved (all ids known, lags in range). */
    LinkColumns(int count, int[] pred, int[] succ, byte[] type, byte[] lagUnit, int[] lagAmount) {
        this.count = count;
        this.pred = pred;
        this.succ = succ;
        this.type = type;
        this.lagUnit = lagUnit;
        this.lagAmount = lagAmount;
        sortedBySuccessor = false;
    }

    /** Resolves {@code links} through {@code index}. */
    LinkColumns(List<Link> links, IdIndex index) {
        count = links.size();
        pred = new int[count];
        succ = new int[count];
        type = new byte[count];
        lagUnit = new byte[count];
        lagAmount = new int[count];
        int half = count / 2;
        boolean sorted;
        if (count >= PARALLEL_THRESHOLD && Runtime.getRuntime().availableProcessors() > 1) {
            CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(
                    () -> resolve(links, index, half, count, 1), ForkJoinPool.commonPool());
            boolean first = resolve(links, index, 0, half, 0);
            sorted = join(second) & first;
        } else {
            sorted = resolve(links, index, 0, count, 0);
        }
        sortedBySuccessor = sorted && sortedAt(half);
    }

    private static boolean join(CompletableFuture<Boolean> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Throws for the first link in input order that names an unknown activity or whose lag does not
     * fit an int, as a sequential resolution would.
     */
    void validate(List<Link> links) {
        int overflow = Math.min(firstOverflow[0], firstOverflow[1]);
        for (int l = 0; l < Math.min(count, overflow); l++) {
            if (pred[l] < 0 || succ[l] < 0) {
                Link link = links.get(l);
                String missing = pred[l] < 0 ? link.predecessorId() : link.successorId();
                throw new InvalidScheduleException(missing, "is linked but not defined");
            }
        }
        if (overflow != Integer.MAX_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
    }

    /** Whether links {@code k - 1} and {@code k} are in successor order (true at the ends). */
    private boolean sortedAt(int k) {
        return k <= 0 || k >= count || succ[k - 1] <= succ[k];
    }

    /** Fills the columns for links {@code [from, to)}; returns whether their successors are non-decreasing. */
    private boolean resolve(List<Link> links, IdIndex index, int from, int to, int part) {
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
                if (amount != (int) amount && firstOverflow[part] == Integer.MAX_VALUE) {
                    firstOverflow[part] = l;
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

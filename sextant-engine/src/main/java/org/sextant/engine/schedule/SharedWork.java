package org.sextant.engine.schedule;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Work that the calling thread shares with one worker of the common fork-join pool when the JVM has
 * more than one processor (ADR 0015), without ever waiting for a worker that has not started: a busy
 * pool (a server scheduling many projects at once) costs nothing but the hand-off.
 *
 * <p>Technique: an offered task is claimed by whichever thread gets to it first, by compare-and-set;
 * chunked work is claimed chunk by chunk from a shared counter. The caller waits only for work a
 * worker has already claimed. Each task or chunk writes only its own results, so what is computed
 * does not depend on which thread ran it. Exceptions reach the caller unchanged.
 */
final class SharedWork {

    private SharedWork() {
    }

    /** Whether sharing is worth it: more than one processor. */
    static boolean available() {
        return Runtime.getRuntime().availableProcessors() > 1;
    }

    /** A task offered to a pool worker; {@link #get()} runs it on the caller unless a worker took it. */
    static final class Offer<T> {

        private final Supplier<T> task;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CompletableFuture<T> result = new CompletableFuture<>();

        private Offer(Supplier<T> task) {
            this.task = task;
        }

        private void runIfUnclaimed() {
            if (claimed.compareAndSet(false, true)) {
                try {
                    result.complete(task.get());
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            }
        }

        /** The task's result, computed here if no worker started it. */
        T get() {
            runIfUnclaimed();
            try {
                return result.join();
            } catch (CompletionException e) {
                throw unwrap(e.getCause());
            }
        }
    }

    /** Offers {@code task} to a pool worker when {@code share}; otherwise it runs on {@link Offer#get()}. */
    static <T> Offer<T> offer(Supplier<T> task, boolean share) {
        Offer<T> offer = new Offer<>(task);
        if (share) {
            ForkJoinPool.commonPool().execute(offer::runIfUnclaimed);
        }
        return offer;
    }

    /**
     * Runs {@code chunk.accept(c)} for every {@code c} in {@code 0..chunks-1}, each exactly once, on
     * the caller and, when {@code share}, on one pool worker; returns when all have run.
     */
    static void forEachChunk(int chunks, boolean share, IntConsumer chunk) {
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(chunks);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable claimLoop = () -> {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                try {
                    if (failure.get() == null) {
                        chunk.accept(c);
                    }
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }
        };
        if (share && chunks > 1) {
            ForkJoinPool.commonPool().execute(claimLoop);
        }
        claimLoop.run();
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure.get() != null) {
            throw unwrap(failure.get());
        }
    }

    private static RuntimeException unwrap(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(failure);
    }
}

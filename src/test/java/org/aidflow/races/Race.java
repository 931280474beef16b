package org.aidflow.races;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs callers at once: every thread waits at one barrier, so they all leave it together, and each
 * result carries the moments its call started and ended (for telling whether calls overlapped).
 */
final class Race {

    record Timed<T>(T value, long startNanos, long endNanos) {
    }

    private Race() {
    }

    static <T> List<Timed<T>> run(List<Callable<T>> callers) throws Exception {
        CyclicBarrier start = new CyclicBarrier(callers.size());
        ExecutorService pool = Executors.newFixedThreadPool(callers.size());
        try {
            List<Future<Timed<T>>> futures = new ArrayList<>();
            for (Callable<T> caller : callers) {
                futures.add(pool.submit(() -> {
                    start.await();
                    long t0 = System.nanoTime();
                    T value = caller.call();
                    return new Timed<>(value, t0, System.nanoTime());
                }));
            }
            List<Timed<T>> results = new ArrayList<>();
            for (Future<Timed<T>> future : futures) {
                results.add(future.get(5, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    static <T> List<T> values(List<Timed<T>> timed) {
        return timed.stream().map(Timed::value).toList();
    }

    /** The most calls that were under way at one moment. */
    static int mostAtOnce(List<? extends Timed<?>> timed) {
        int most = 0;
        for (Timed<?> t : timed) {
            int atOnce = 0;
            for (Timed<?> other : timed) {
                if (other.startNanos() <= t.startNanos() && t.startNanos() < other.endNanos()) {
                    atOnce++;
                }
            }
            most = Math.max(most, atOnce);
        }
        return most;
    }
}

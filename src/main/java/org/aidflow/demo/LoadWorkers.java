package org.aidflow.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads a program load works with: each takes one agreement or project at a time. A failure is
 * noted (the first few logged) and the others go on; a stop cancels what is queued and lets what runs
 * end at its next step ({@link ProgramDriver.Stopped}).
 */
final class LoadWorkers {

    private static final Logger log = LoggerFactory.getLogger(LoadWorkers.class);

    private final ExecutorService pool;
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger logged = new AtomicInteger();
    private volatile boolean stopping;

    LoadWorkers(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "program-load-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    boolean stopping() {
        return stopping;
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    /** Works through the items and returns once each is done, failed or cancelled. */
    <T> void runAll(List<T> items, Consumer<T> work, Function<T, String> name) {
        List<Future<?>> futures = new ArrayList<>();
        for (T item : items) {
            if (stopping) {
                break;
            }
            try {
                futures.add(pool.submit(() -> run(item, work, name)));
            } catch (RejectedExecutionException e) {
                break; // stopping
            }
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (CancellationException | ExecutionException e) {
                // cancelled by a stop; failures are noted where they happen
            }
        }
    }

    private <T> void run(T item, Consumer<T> work, Function<T, String> name) {
        try {
            work.accept(item);
        } catch (ProgramDriver.Stopped e) {
            // the app is stopping: the next start resumes this one
        } catch (RuntimeException e) {
            if (!stopping) {
                failures.add(name.apply(item) + ": " + e.getMessage());
                if (logged.incrementAndGet() <= 5) {
                    log.warn("Program load: {} failed: {}", name.apply(item), e.getMessage());
                }
            }
        }
    }

    /** Cancels what is queued (so that {@link #runAll} stops waiting for it) and waits for what runs. */
    void stop() {
        stopping = true;
        pool.shutdownNow().forEach(queued -> ((Future<?>) queued).cancel(false));
        try {
            pool.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void close() {
        pool.shutdownNow();
    }
}

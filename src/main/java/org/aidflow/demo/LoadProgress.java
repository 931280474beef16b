package org.aidflow.demo;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far a program load has come: a bar redrawn every second on a console (done / total, rate, time
 * left, heap in use), and a log line at every tenth of the projects and every half minute. Steps are
 * requests to the API (a task completed, a proposal made, a copy uploaded); their total is estimated
 * from the plan and the routing table before the load starts.
 */
final class LoadProgress {

    private static final Logger log = LoggerFactory.getLogger(LoadProgress.class);
    private static final int BAR = 30;

    private final int totalProjects;
    private final long totalSteps;
    private final AtomicInteger projects = new AtomicInteger();
    private final AtomicLong steps = new AtomicLong();
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final PrintStream console;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "program-load-progress");
        t.setDaemon(true);
        return t;
    });
    private volatile long peakHeap;
    private long started;
    private int lastTenth;
    private long lastLog;

    LoadProgress(int totalProjects, long totalSteps) {
        this.totalProjects = totalProjects;
        this.totalSteps = totalSteps;
        this.console = System.console() != null ? System.out : null;
    }

    void start() {
        started = System.nanoTime();
        lastLog = started;
        ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
    }

    void step() {
        steps.incrementAndGet();
    }

    void projectDone() {
        projects.incrementAndGet();
    }

    int projects() {
        return projects.get();
    }

    long steps() {
        return steps.get();
    }

    long peakHeapBytes() {
        sampleHeap();
        return peakHeap;
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    void stop() {
        ticker.shutdownNow();
        if (console != null) {
            console.print("\r" + " ".repeat(BAR + 110) + "\r");
            console.flush();
        }
    }

    /** One line: done / total, rate, time left, heap. */
    String line() {
        double seconds = Math.max(0.001, elapsed().toNanos() / 1e9);
        double rate = steps.get() / seconds;
        long left = rate > 0 ? (long) (Math.max(0, totalSteps - steps.get()) / rate) : -1;
        return String.format(Locale.ROOT, "%,d/%,d projects (%d%%), %,d/~%,d steps, %.1f steps/s, %.2f projects/s, %s left, heap %d MB",
                projects.get(), totalProjects, percent(), steps.get(), totalSteps, rate, projects.get() / seconds,
                left < 0 ? "?" : minutes(left), memory.getHeapMemoryUsage().getUsed() >> 20);
    }

    static String minutes(long seconds) {
        return seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s";
    }

    private int percent() {
        return totalProjects == 0 ? 100 : (int) (100L * projects.get() / totalProjects);
    }

    private void tick() {
        sampleHeap();
        long now = System.nanoTime();
        int tenth = percent() / 10;
        if (tenth > lastTenth || now - lastLog > TimeUnit.SECONDS.toNanos(30)) {
            lastTenth = Math.max(lastTenth, tenth);
            lastLog = now;
            log.info("Program load: {}", line());
        }
        if (console != null) {
            int filled = BAR * percent() / 100;
            console.print("\r[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "] " + line() + "   ");
            console.flush();
        }
    }

    private void sampleHeap() {
        long used = memory.getHeapMemoryUsage().getUsed();
        if (used > peakHeap) {
            peakHeap = used;
        }
    }
}

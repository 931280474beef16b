package org.aidflow.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a phase's CPU went, summed over its rounds: the whole JVM (server, clients, garbage collection, the JIT,
 * background work), its live threads by name, the benchmark's client threads (which end with each round, so they
 * count themselves), and the collectors' and compilers' own time. The ratio that counts is taken on the whole JVM:
 * on a shared 2-core machine that, not one thread's share, is what sets throughput.
 */
final class CpuAccount {

    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Map<Long, String> NAMES = new ConcurrentHashMap<>();

    /** The name of the benchmark's client threads, which {@link #clientNanos} counts (not the live threads' sums). */
    static final String CLIENT_THREAD = "bench-client-";

    /** CPU of the client threads, added by each of them when its lifecycle ends. */
    final LongAdder clientNanos = new LongAdder();
    private long processNanos;
    private long gcMillis;
    private long jitMillis;
    private final Map<String, Long> byThreadName = new TreeMap<>();

    /** What the JVM had spent when a round began. */
    record Mark(long process, long gc, long jit, Map<Long, Long> threads, Map<String, Long> osThreads) {
    }

    static Mark mark() {
        return new Mark(PROCESS.getProcessCpuTime(), gcMillis(), ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
                threads(), osThreads());
    }

    /** Adds what was spent since the mark. */
    void since(Mark mark) {
        processNanos += PROCESS.getProcessCpuTime() - mark.process();
        gcMillis += gcMillis() - mark.gc();
        jitMillis += ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - mark.jit();
        threads().forEach((id, now) -> byThreadName.merge(NAMES.get(id), now - mark.threads().getOrDefault(id, 0L), Long::sum));
        osThreads().forEach((key, now) -> {
            String name = key.substring(key.indexOf(' ') + 1);
            if (VM_THREADS.matcher(name).find()) {
                byVmThread.merge(name, now - mark.osThreads().getOrDefault(key, 0L), Long::sum);
            }
        });
    }

    /** The JVM's own threads as Linux names them (15 characters, digits as #): the JIT's compilers, the collectors, the VM. */
    private static final java.util.regex.Pattern VM_THREADS =
            java.util.regex.Pattern.compile("^(C# Compiler|G# |GC Thread|VM Thread|VM Periodic|Sweeper|Service Thread)");
    private final Map<String, Long> byVmThread = new TreeMap<>();

    /**
     * CPU nanoseconds of every thread of this process from /proc (Linux), keyed "tid name" with the name's digits as
     * #; empty elsewhere. These include the JVM's own threads, which the ThreadMXBean does not list.
     */
    private static Map<String, Long> osThreads() {
        Map<String, Long> result = new HashMap<>();
        java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
        if (tasks == null) {
            return result;
        }
        for (java.io.File task : tasks) {
            try {
                String stat = java.nio.file.Files.readString(task.toPath().resolve("stat"));
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                String[] fields = stat.substring(close + 2).split(" ");
                // after the name: state(0) ... utime(11) stime(12), in clock ticks (100 per second on Linux)
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                result.put(task.getName() + " " + stat.substring(open + 1, close).replaceAll("\\d+", "#"), ticks * 10_000_000L);
            } catch (java.io.IOException | RuntimeException e) {
                // the thread ended while it was read
            }
        }
        return result;
    }

    /** CPU milliseconds of the whole JVM per lifecycle. */
    double processMsPer(int lifecycles) {
        return processNanos / 1e6 / Math.max(1, lifecycles);
    }

    void print(int lifecycles, boolean bare) {
        double n = Math.max(1, lifecycles);
        System.out.printf("CPU per lifecycle: %.1f ms the whole JVM, %.1f ms the client threads%s%n", processMsPer(lifecycles),
                clientNanos.sum() / 1e6 / n, bare ? " (they make the engine calls)" : " (building requests, reading answers)");
        long live = byThreadName.values().stream().mapToLong(Long::longValue).sum();
        byThreadName.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
                .forEach(e -> System.out.printf("  threads %-50s %8.1f ms%n", e.getKey(), e.getValue() / 1e6 / n));
        System.out.printf("  outside Java threads (the collectors, the JIT's compilers, the VM) %8.1f ms%n",
                (processNanos - live - clientNanos.sum()) / 1e6 / n);
        byVmThread.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(5)
                .forEach(e -> System.out.printf("    of which %-43s %8.1f ms%n", e.getKey(), e.getValue() / 1e6 / n));
        System.out.printf("  time of the collectors %.1f ms and of the JIT's compilers %.1f ms (wall time, while they waited for a core too)%n",
                gcMillis / n, jitMillis / n);
    }

    static long currentThreadNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** CPU nanoseconds of every live Java thread, by id; names are kept with their digits as #. */
    private static Map<Long, Long> threads() {
        Map<Long, Long> result = new HashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null) {
                long cpu = THREADS.getThreadCpuTime(info.getThreadId());
                if (cpu >= 0 && !info.getThreadName().startsWith(CLIENT_THREAD)) {
                    result.put(info.getThreadId(), cpu);
                    NAMES.putIfAbsent(info.getThreadId(), info.getThreadName().replaceAll("\\d+", "#"));
                }
            }
        }
        return result;
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }
}

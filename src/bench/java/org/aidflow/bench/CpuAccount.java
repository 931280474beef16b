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

    /** CPU of the client threads, added by each of them when its lifecycle ends. */
    final LongAdder clientNanos = new LongAdder();
    private long processNanos;
    private long gcMillis;
    private long jitMillis;
    private final Map<String, Long> byThreadName = new TreeMap<>();

    /** What the JVM had spent when a round began. */
    record Mark(long process, long gc, long jit, Map<Long, Long> threads) {
    }

    static Mark mark() {
        return new Mark(PROCESS.getProcessCpuTime(), gcMillis(), ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
                threads());
    }

    /** Adds what was spent since the mark. */
    void since(Mark mark) {
        processNanos += PROCESS.getProcessCpuTime() - mark.process();
        gcMillis += gcMillis() - mark.gc();
        jitMillis += ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - mark.jit();
        threads().forEach((id, now) -> byThreadName.merge(NAMES.get(id), now - mark.threads().getOrDefault(id, 0L), Long::sum));
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
                if (cpu >= 0) {
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

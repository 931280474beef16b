package org.aidflow.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Latency samples by kind (an endpoint, or an engine call), in nanoseconds; prints percentiles in ms. */
final class Latencies {

    private final Map<String, Samples> byKind = new ConcurrentHashMap<>();

    void record(String kind, long nanos) {
        byKind.computeIfAbsent(kind, k -> new Samples()).add(nanos);
    }

    /** How many samples of this kind. */
    int count(String kind) {
        Samples samples = byKind.get(kind);
        return samples == null ? 0 : samples.size();
    }

    long total() {
        return byKind.values().stream().mapToLong(Samples::size).sum();
    }

    /** Percentiles of one kind: p50, p95, p99, max in ms. */
    double[] percentiles(String kind) {
        return byKind.get(kind).percentiles();
    }

    void print(String title) {
        print(title, "total requests");
    }

    void print(String title, String totalLabel) {
        System.out.printf("%s%n", title);
        System.out.printf("  %-44s %8s %8s %8s %8s %8s %10s%n", "kind", "count", "p50 ms", "p95 ms", "p99 ms", "max ms", "total s");
        for (Map.Entry<String, Samples> e : new TreeMap<>(byKind).entrySet()) {
            double[] p = e.getValue().percentiles();
            System.out.printf("  %-44s %8d %8.1f %8.1f %8.1f %8.1f %10.1f%n", e.getKey(), e.getValue().size(),
                    p[0], p[1], p[2], p[3], e.getValue().sum() / 1e9);
        }
        System.out.printf("  %-44s %8d%n", totalLabel, total());
    }

    static final class Samples {
        private long[] values = new long[256];
        private int size;

        synchronized void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        synchronized int size() {
            return size;
        }

        synchronized long sum() {
            long sum = 0;
            for (int i = 0; i < size; i++) {
                sum += values[i];
            }
            return sum;
        }

        /** Nearest-rank percentiles. */
        synchronized double[] percentiles() {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return new double[] {rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted[sorted.length - 1] / 1e6};
        }

        private static double rank(long[] sorted, double p) {
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }
    }
}

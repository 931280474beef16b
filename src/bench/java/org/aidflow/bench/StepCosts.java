package org.aidflow.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lifecycle benchmark's server-side costs ({@link Meters}): per request kind, and per step of a
 * lifecycle (all its requests, or all its engine calls, per time the step ran), and the comparison of
 * REST with the bare engine step by step.
 */
final class StepCosts {

    /** What one run of a step cost: SQL statements, round trips, CPU milliseconds and kilobytes allocated. */
    record Cost(int runs, double statements, double roundTrips, double cpuMs, double kb) {
    }

    private StepCosts() {
    }

    static Map<String, Cost> print(String phase, Map<String, Meters.Totals> meters, Latencies steps) {
        System.out.printf("server-side cost per request, phase %s (SQL statements and round trips through the DataSource proxy;"
                + " CPU and allocation of the request's thread)%n", phase);
        System.out.printf("  %-62s %7s %8s %8s %8s %9s%n", "step | request", "count", "SQL", "trips", "CPU ms", "KB alloc");
        Map<String, double[]> byStep = new TreeMap<>();
        meters.forEach((name, t) -> {
            System.out.printf("  %-62s %7d %8.1f %8.1f %8.2f %9.0f%n", name, t.count.sum(), t.per(t.statements),
                    t.per(t.roundTrips), t.per(t.cpuNanos) / 1e6, t.per(t.bytes) / 1024);
            int dot = name.indexOf(" | ");
            String step = dot < 0 ? name : name.substring(0, dot);
            double[] sum = byStep.computeIfAbsent(step, k -> new double[4]);
            sum[0] += t.statements.sum();
            sum[1] += t.roundTrips.sum();
            sum[2] += t.cpuNanos.sum();
            sum[3] += t.bytes.sum();
        });
        Map<String, Cost> costs = new LinkedHashMap<>();
        System.out.printf("server-side cost per step run, phase %s%n", phase);
        System.out.printf("  %-44s %7s %8s %8s %8s %9s%n", "step", "runs", "SQL", "trips", "CPU ms", "KB alloc");
        byStep.forEach((step, sum) -> {
            int runs = steps.count(step);
            if (runs == 0) {
                return;
            }
            Cost cost = new Cost(runs, sum[0] / runs, sum[1] / runs, sum[2] / runs / 1e6, sum[3] / runs / 1024);
            costs.put(step, cost);
            System.out.printf("  %-44s %7d %8.1f %8.1f %8.2f %9.0f%n", step, runs, cost.statements(), cost.roundTrips(),
                    cost.cpuMs(), cost.kb());
        });
        return costs;
    }

    /**
     * REST beside the bare engine, step by step, and the round trips of the task steps (a step named
     * after its task: lookup and completion through REST, query and completion through the engine)
     * weighed by how often each ran. Prints one ratio line per figure; answers whether the round trips
     * kept within the target.
     */
    static boolean compare(Map<String, Cost> rest, Map<String, Cost> bare, double target) {
        System.out.println();
        System.out.println("rest-minimal beside the bare engine, per step run (SQL round trips, CPU ms, KB allocated)");
        System.out.printf("  %-44s %9s %9s %7s %9s %9s %9s %9s%n", "step", "trips", "bare", "ratio", "CPU ms", "bare", "KB", "bare");
        double restTrips = 0;
        double bareTrips = 0;
        double restCpu = 0;
        double bareCpu = 0;
        for (Map.Entry<String, Cost> e : rest.entrySet()) {
            Cost b = bare.get(e.getKey());
            if (b == null) {
                continue;
            }
            Cost r = e.getValue();
            System.out.printf("  %-44s %9.1f %9.1f %6.2fx %9.2f %9.2f %9.0f %9.0f%n", e.getKey(), r.roundTrips(), b.roundTrips(),
                    b.roundTrips() == 0 ? 0 : r.roundTrips() / b.roundTrips(), r.cpuMs(), b.cpuMs(), r.kb(), b.kb());
            if (!e.getKey().contains(":")) {
                restTrips += r.roundTrips() * r.runs();
                bareTrips += b.roundTrips() * b.runs();
                restCpu += r.cpuMs() * r.runs();
                bareCpu += b.cpuMs() * b.runs();
            }
        }
        double trips = bareTrips == 0 ? 0 : restTrips / bareTrips;
        System.out.printf("overhead sql-round-trips rest-minimal/bare %.2fx  (task steps, weighed by runs; target ≤ %.1fx)%n",
                trips, target);
        System.out.printf("overhead server-cpu rest-minimal/bare %.2fx  (task steps, CPU of the request or call threads)%n",
                bareCpu == 0 ? 0 : restCpu / bareCpu);
        return bareTrips > 0 && trips <= target;
    }
}

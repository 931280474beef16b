package org.aidflow.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * What one request or one engine call costs where it runs: SQL statements and round trips to the
 * database (counted by a datasource-proxy around the application's DataSource, not by hand), CPU time
 * and bytes allocated by its thread. Requests are metered on the server by a filter, under the name the
 * benchmark's client sends in {@value #HEADER}; engine calls on the benchmark's own thread. Everything
 * one thread does between start and stop counts, so an engine call's work is in the request that made it.
 */
final class Meters {

    static final String HEADER = "X-Bench-Meter";

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final ThreadLocal<long[]> CURRENT = new ThreadLocal<>();
    /** The lifecycle step a client thread is in, named in its requests' meters. */
    private static final ThreadLocal<String> STEP = new ThreadLocal<>();
    private static final Map<String, Totals> TOTALS = new ConcurrentHashMap<>();
    private static volatile String phase = "";
    /** -Dbench.sql-log=text: the SQL of the first request or call whose name holds the text, printed once. */
    private static final String SQL_LOG = System.getProperty("bench.sql-log");
    private static final java.util.concurrent.atomic.AtomicBoolean LOGGED = new java.util.concurrent.atomic.AtomicBoolean();
    private static final ThreadLocal<StringBuilder> LOG = new ThreadLocal<>();

    private Meters() {
    }

    /** Sums of one kind of request or call. */
    static final class Totals {
        final LongAdder count = new LongAdder();
        final LongAdder statements = new LongAdder();
        final LongAdder roundTrips = new LongAdder();
        final LongAdder cpuNanos = new LongAdder();
        final LongAdder bytes = new LongAdder();

        double per(LongAdder sum) {
            long n = count.sum();
            return n == 0 ? 0 : (double) sum.sum() / n;
        }
    }

    /** Wraps the DataSource and meters requests: add to the SpringApplication before it runs. */
    static ApplicationContextInitializer<ConfigurableApplicationContext> instrumentation() {
        return context -> {
            context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource ds && !name.startsWith("scopedTarget")) {
                        return ProxyDataSourceBuilder.create(ds).name(name).listener(new Counting()).build();
                    }
                    return bean;
                }
            });
            Filter filter = (request, response, chain) -> {
                String name = ((HttpServletRequest) request).getHeader(HEADER);
                if (name == null) {
                    chain.doFilter(request, response);
                    return;
                }
                long[] started = start();
                try {
                    chain.doFilter(request, response);
                } finally {
                    stop(name, started);
                }
            };
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/*");
            context.getBeanFactory().registerSingleton("benchMeters", registration);
        };
    }

    /** An engine call of the bare phase, metered on this thread. */
    static <T> T call(String name, Supplier<T> call) {
        long[] started = start();
        try {
            return call.get();
        } finally {
            stop(name, started);
        }
    }

    static void inStep(String step) {
        STEP.set(step);
    }

    /** The phase whose lifecycles run now: every meter's name starts with it, so that rounds of phases can alternate. */
    static void phase(String phase) {
        Meters.phase = phase;
    }

    /** "phase/step | kind" while a step runs, else "phase/kind" (ASCII: it travels in an HTTP header). */
    static String name(String kind) {
        String step = STEP.get();
        return phase + "/" + (step == null ? kind : step + " | " + kind);
    }

    static void reset() {
        TOTALS.clear();
    }

    /** The meters of one phase, named without the phase. */
    static Map<String, Totals> snapshot(String phase) {
        Map<String, Totals> result = new TreeMap<>();
        TOTALS.forEach((name, totals) -> {
            if (name.startsWith(phase + "/")) {
                result.put(name.substring(phase.length() + 1), totals);
            }
        });
        return result;
    }

    private static long[] start() {
        long[] counters = new long[2];
        CURRENT.set(counters);
        LOG.remove();
        return new long[] {THREADS.getCurrentThreadCpuTime(), THREADS.getCurrentThreadAllocatedBytes()};
    }

    private static void stop(String name, long[] started) {
        long cpu = THREADS.getCurrentThreadCpuTime() - started[0];
        StringBuilder log = LOG.get();
        LOG.remove();
        if (log != null && SQL_LOG != null && name.contains(SQL_LOG) && LOGGED.compareAndSet(false, true)) {
            System.out.println("SQL of " + name + ":\n" + log);
        }
        long bytes = THREADS.getCurrentThreadAllocatedBytes() - started[1];
        long[] counters = CURRENT.get();
        CURRENT.remove();
        Totals totals = TOTALS.computeIfAbsent(name, k -> new Totals());
        totals.count.increment();
        totals.statements.add(counters[0]);
        totals.roundTrips.add(counters[1]);
        totals.cpuNanos.add(cpu);
        totals.bytes.add(bytes);
    }

    /** One execution is one round trip; a batch of N statements counts N statements and one round trip. */
    private static final class Counting implements QueryExecutionListener {
        @Override
        public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        }

        @Override
        public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
            long[] counters = CURRENT.get();
            if (counters != null) {
                counters[0] += execInfo.isBatch() ? Math.max(1, execInfo.getBatchSize()) : queryInfoList.size();
                counters[1]++;
                if (SQL_LOG != null && !LOGGED.get()) {
                    StringBuilder log = LOG.get();
                    if (log == null) {
                        LOG.set(log = new StringBuilder());
                    }
                    for (QueryInfo q : queryInfoList) {
                        String sql = q.getQuery().replaceAll("\\s+", " ");
                        log.append("  ").append(sql, 0, Math.min(sql.length(), 160)).append('\n');
                    }
                }
            }
        }
    }
}

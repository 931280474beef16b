package org.aidflow.notifications;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import org.aidflow.AidFlowApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.sun.net.httpserver.HttpServer;

/**
 * The outbox's delivery latency and throughput, end to end: the real application (a new H2 file database, or the
 * MySQL/MariaDB database a JDBC URL names) with its WeCom robot pointed at a receiver on the loopback interface
 * that answers at once. Latency is from the commit of the message's transaction to its arrival at the receiver
 * (both on this JVM's clock). "trickle" commits one message every 20 ms (the wake-up after commit); "burst"
 * commits them all at once in transactions of 50 (the claiming and sending loop at full speed). Not a test.
 *
 * <pre>mvn -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.aidflow.notifications.OutboxBenchmark [messages [jdbcUrl]]</pre>
 */
public final class OutboxBenchmark {

    private OutboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        String jdbcUrl = args.length > 1 ? args[1] : null;
        String workers = System.getProperty("workers", "4");
        Map<String, Long> arrived = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("X-AidFlow-Delivery-Id");
            arrived.putIfAbsent(id, System.currentTimeMillis());
            byte[] ok = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ok.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(ok);
            }
        });
        java.util.concurrent.ExecutorService receiving = Executors.newFixedThreadPool(8);
        receiver.setExecutor(receiving);
        receiver.start();
        Path temp = Files.createTempDirectory("aidflow-outbox-bench");
        List<String> app = new java.util.ArrayList<>(List.of("--server.port=0", "--aidflow.demo-data=true",
                "--aidflow.demo-program=false", "--aidflow.admin.password=demo", "--spring.main.banner-mode=off",
                "--aidflow.documents.dir=" + temp.resolve("documents"), "--logging.level.org.aidflow=WARN",
                "--logging.level.org.springframework.boot.StartupInfoLogger=WARN",
                "--logging.level.org.springframework.boot.web.embedded.tomcat=WARN",
                "--camunda.bpm.job-execution.enabled=false", "--aidflow.outbox.workers=" + workers,
                "--aidflow.channels.wecom.webhook-url=http://127.0.0.1:" + receiver.getAddress().getPort() + "/wecom"));
        if (jdbcUrl == null) {
            app.add("--spring.datasource.url=jdbc:h2:file:" + temp.resolve("aidflow") + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE");
        } else {
            app.add("--spring.profiles.active=mysql");
            app.add("--spring.datasource.url=" + jdbcUrl);
        }
        ConfigurableApplicationContext context = SpringApplication.run(AidFlowApplication.class, app.toArray(String[]::new));
        try {
            System.out.printf("database        %s%n", jdbcUrl == null ? "H2 file" : jdbcUrl.replaceAll("\\?.*", ""));
            System.out.printf("cores           %d; sender workers %s%n", Runtime.getRuntime().availableProcessors(), workers);
            context.getBean(PersonChannels.class).save("bj.leader",
                    new ChannelSettings(null, "13800000000", List.of(Channel.WECOM), null, "zh"));
            Outbox outbox = context.getBean(Outbox.class);
            TransactionTemplate tx = new TransactionTemplate(context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
            JdbcClient jdbc = context.getBean(JdbcClient.class);

            // baseline: the same robot request straight from one thread, no outbox: what one round trip costs
            Transport wecom = context.getBeansOfType(Transport.class).values().stream().filter(t -> t.channel() == Channel.WECOM)
                    .findFirst().orElseThrow();
            long[] direct = new long[200];
            for (int i = 0; i < direct.length; i++) {
                long t0 = System.nanoTime();
                wecom.send(new OutboxMessage(0, "direct-" + i, Channel.WECOM, "bj.leader", null, "BENCH", "基准", "正文", null,
                        "PENDING", 0, null, null, null, null));
                direct[i] = (System.nanoTime() - t0) / 1_000_000;
            }
            Arrays.sort(direct);
            System.out.printf("one robot request, no outbox (%d in a row): ms p50 %d, p99 %d%n", direct.length, pct(direct, 50),
                    pct(direct, 99));

            // trickle: one message per transaction, every 20 ms
            int trickle = Math.max(50, messages / 10);
            for (int i = 0; i < trickle; i++) {
                int n = i;
                tx.executeWithoutResult(s -> outbox.enqueue(notice("trickle", n), List.of("bj.leader"), List.of()));
                COMMITTED.put("trickle-" + n, System.currentTimeMillis());
                Thread.sleep(20);
            }
            report("trickle (1 message per commit, every 20 ms)", "trickle", trickle, jdbc, arrived);

            // burst: everything at once, 50 messages per transaction
            long start = System.currentTimeMillis();
            for (int i = 0; i < messages; i += 50) {
                int from = i;
                tx.executeWithoutResult(s -> {
                    for (int n = from; n < Math.min(messages, from + 50); n++) {
                        outbox.enqueue(notice("burst", n), List.of("bj.leader"), List.of());
                    }
                });
                long now = System.currentTimeMillis();
                for (int n = from; n < Math.min(messages, from + 50); n++) {
                    COMMITTED.put("burst-" + n, now);
                }
            }
            long committed = System.currentTimeMillis();
            report("burst (" + messages + " messages, 50 per commit)", "burst", messages, jdbc, arrived);
            long last = arrivals("burst", jdbc, arrived).stream().mapToLong(a -> a[1]).max().orElse(start);
            System.out.printf("  written in %d ms (%.0f messages/s); all delivered %d ms after the first commit: %.0f messages/s%n",
                    committed - start, messages * 1000.0 / Math.max(1, committed - start), last - start,
                    messages * 1000.0 / Math.max(1, last - start));
        } finally {
            context.close();
            receiver.stop(0);
            receiving.shutdownNow();
        }
    }

    private static Notice notice(String run, int n) {
        return new Notice(TaskNotices.REMINDER, run + "-" + n, "bench", "基准任务 " + n, "BENCH-" + n, null, null, "bench");
    }

    private static void report(String title, String run, int expected, JdbcClient jdbc, Map<String, Long> arrived)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 600_000;
        while (jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE link LIKE ? AND status = 'SENT'").param("%/" + run + "-%")
                .query(Long.class).single() < expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        List<long[]> rows = arrivals(run, jdbc, arrived);
        long[] latencies = rows.stream().mapToLong(a -> a[1] - a[0]).sorted().toArray();
        System.out.printf("%s%n  delivered %d of %d; latency ms p50 %d, p90 %d, p99 %d, max %d%n", title, latencies.length, expected,
                pct(latencies, 50), pct(latencies, 90), pct(latencies, 99), latencies.length == 0 ? 0 : latencies[latencies.length - 1]);
    }

    /** When each message's transaction committed, by its task id ("burst-17"), on this JVM's clock. */
    private static final Map<String, Long> COMMITTED = new ConcurrentHashMap<>();

    /** [committed at, arrived at] in ms of every message of the run that arrived. */
    private static List<long[]> arrivals(String run, JdbcClient jdbc, Map<String, Long> arrived) {
        return jdbc.sql("SELECT delivery_id, link FROM outbox_message WHERE link LIKE ?").param("%/" + run + "-%")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list().stream()
                .filter(r -> arrived.containsKey(r[0]))
                .map(r -> new long[] {COMMITTED.get(r[1].substring(r[1].lastIndexOf('/') + 1)), arrived.get(r[0])}).toList();
    }

    private static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}

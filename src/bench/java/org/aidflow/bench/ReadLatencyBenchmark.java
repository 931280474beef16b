package org.aidflow.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.aidflow.ledger.LedgerVerifyBenchmark;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read latencies on a large database, through the REST API of the real application. Not a test.
 *
 * <ol>
 * <li>App start to ready on a fresh database with demo data: seconds since JVM start and heap in use.</li>
 * <li>{@code GET /api/tasks} with T open tasks (default 100,000): process instances started with
 * RuntimeService at one of eight user tasks of the real processes, spread over the 33 pairings, so that a
 * union's people see a realistic share (bj.leader, xj-ht.officer) and a few groups hold many (xj.leader,
 * acftu.officer, who files every large project); the inbox's first page and the lookup by task key and
 * business key, each user in turn, then 8 clients at once.</li>
 * <li>{@code GET /api/projects/{id}/trace} with E ledger entries (default 1,000,000) over P projects (default
 * 100,000, so 10 entries each, as a 3-tranche project with its completion has), filled with
 * {@link LedgerVerifyBenchmark#fill}; and one {@code GET /api/ledger/verify} over all of them.</li>
 * </ol>
 *
 * <pre>
 * java -Xmx512m -cp ... org.aidflow.bench.ReadLatencyBenchmark [tasks=100000] [entries=1000000] [projects=100000] [jdbcUrl [user [password]]]
 *      -Dbench.samples=300   measured requests per user and query (after 30 unmeasured ones)
 * </pre>
 */
public final class ReadLatencyBenchmark {

    /** Where the open tasks wait: process, user task, and the candidate group's union and role. */
    private record Waiting(String process, String activity, String union, String role) {
    }

    private static final int BATCH = 250;

    private final BenchApp app;
    private final int samples = Integer.getInteger("bench.samples", 300);
    private final List<Parties> parties = Parties.all();

    private ReadLatencyBenchmark(BenchApp app) {
        this.app = app;
    }

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long entries = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        int projects = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;

        System.out.printf("AidFlow read latency benchmark: %d open tasks, %d ledger entries over %d projects%n",
                tasks, entries, projects);
        System.out.printf("%s at start%n", Machine.load());
        try (BenchApp app = BenchApp.start(args, 3)) {
            System.out.printf("app ready       %s, fresh database, demo data  [%s]%n", app.readiness(), Machine.load());
            double peak = Machine.heapPeakMb();
            System.out.printf("heap at ready   %.0f MB in use after GC, peak during start ≤ %.0f MB (sum of pool peaks), max %.0f MB%n",
                    Machine.heapAfterGcMb(), peak, Machine.maxHeapMb());
            ReadLatencyBenchmark bench = new ReadLatencyBenchmark(app);
            bench.inbox(tasks);
            bench.trace(entries, projects);
            System.out.printf("heap at end     %.0f MB in use after GC%n", Machine.heapAfterGcMb());
            System.out.printf("%s at end%n", Machine.load());
        }
    }

    // ---------------------------------------------------------------- GET /api/tasks

    private void inbox(int count) throws Exception {
        System.out.println();
        System.out.printf("== GET /api/tasks with %d open tasks%n", count);
        long start = System.nanoTime();
        createOpenTasks(count);
        System.out.printf("created %d open tasks in %.1f s (RuntimeService, %d per transaction, 2 threads)  [%s]%n",
                count, (System.nanoTime() - start) / 1e9, BATCH, Machine.load());

        List<String> users = List.of("bj.leader", "xj-ht.officer", "xj.leader", "acftu.officer");
        Latencies latencies = new Latencies();
        Http http = new Http(app.baseUrl(), latencies);
        Http unmeasured = new Http(app.baseUrl(), new Latencies());
        String loadBefore = Machine.load();
        for (String user : users) {
            Http.Response first = unmeasured.get(user, "", "/api/tasks");
            JsonItems items = new JsonItems(first);
            System.out.printf("  %-14s sees %6d open tasks%n", user, items.total);
            String lookup = "/api/tasks?taskKey=" + items.firstTaskKey + "&businessKey=" + items.firstBusinessKey;
            for (int i = 0; i < 30; i++) {
                unmeasured.get(user, "", "/api/tasks");
                unmeasured.get(user, "", lookup);
            }
            for (int i = 0; i < samples; i++) {
                check(http.get(user, "GET /api/tasks  " + user + " (" + items.total + ")", "/api/tasks"));
                check(http.get(user, "GET /api/tasks?taskKey&businessKey  " + user, lookup));
            }
        }
        latencies.print("one client, users in turn (ms)  [" + loadBefore + " before, " + Machine.load() + " after]");

        List<String> everyone = new ArrayList<>();
        for (Parties p : parties) {
            everyone.addAll(List.of(p.donorUser("leader"), p.donorUser("finance"), p.recipientUser("leader"),
                    p.recipientUser("officer"), p.recipientUser("finance")));
        }
        everyone.addAll(List.of("xj.leader", "bt.leader", "acftu.officer"));
        Latencies concurrent = new Latencies();
        Http http8 = new Http(app.baseUrl(), concurrent);
        loadBefore = Machine.load();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            int seed = c;
            futures.add(pool.submit(() -> {
                Random random = new Random(seed);
                for (int i = 0; i < samples; i++) {
                    check(http8.get(everyone.get(random.nextInt(everyone.size())), "GET /api/tasks  8 clients, random users", "/api/tasks"));
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - t0) / 1e9;
        concurrent.print(String.format("8 clients, %d users at random: %.0f requests/s (ms)  [%s before, %s after]",
                everyone.size(), concurrent.total() / seconds, loadBefore, Machine.load()));
    }

    /** The first page's total and its first task, for the lookup query. */
    private static final class JsonItems {
        final long total;
        final String firstTaskKey;
        final String firstBusinessKey;

        JsonItems(Http.Response response) {
            check(response);
            total = response.field("total").asLong();
            var first = response.field("items").path(0);
            firstTaskKey = first.path("taskKey").asText("none");
            firstBusinessKey = first.path("businessKey").asText("none");
        }
    }

    private void createOpenTasks(int count) throws Exception {
        List<Waiting> waiting = List.of(
                new Waiting("aid-agreement", "reviewAgreement", "recipient", "leader"),
                new Waiting("aid-project", "approveProposalDonor", "donor", "leader"),
                new Waiting("aid-project", "reviewProposalRecipient", "recipient", "officer"),
                new Waiting("aid-project", "approveProposalRegion", "region", "leader"),
                new Waiting("aid-project", "fileProposalNational", "ACFTU", "officer"),
                new Waiting("aid-tranche", "requestTranche", "recipient", "officer"),
                new Waiting("aid-tranche", "recordTransfer", "donor", "finance"),
                new Waiting("aid-tranche", "confirmReceipt", "recipient", "finance"));
        RuntimeService runtime = app.bean(RuntimeService.class);
        TransactionTemplate tx = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            futures.add(pool.submit(() -> {
                while (true) {
                    int from = next.getAndAdd(BATCH);
                    if (from >= count) {
                        return;
                    }
                    tx.executeWithoutResult(status -> {
                        for (int i = from; i < Math.min(from + BATCH, count); i++) {
                            Parties p = parties.get(i % parties.size());
                            Waiting w = waiting.get((i / parties.size()) % waiting.size());
                            String businessKey = String.format("LOAD-%s-%07d", w.process().substring(4, 7).toUpperCase(), i);
                            VariableMap variables = Variables.createVariables()
                                    .putValue("agreementId", 2_000_000_000L + i)
                                    .putValue("agreementCode", businessKey)
                                    .putValue("projectId", 2_000_000_000L + i)
                                    .putValue("projectCode", businessKey)
                                    .putValue("donorUnion", p.donor())
                                    .putValue("recipientUnion", p.recipient())
                                    .putValue("regionUnion", p.region())
                                    .putValue("budget", "300000.00")
                                    .putValue("typeGroup", "SERVICE_FACILITY")
                                    .putValue("trancheCount", 3)
                                    .putValue("trancheNo", 1)
                                    // what approval-routing.dmn decides for such a project: the region's leader signs
                                    .putValue("signMode", "ANY")
                                    .putValue("signGroups", "leader");
                            runtime.createProcessInstanceByKey(w.process()).businessKey(businessKey)
                                    .setVariables(variables).startBeforeActivity(w.activity().equals("approveProposalRegion")
                                            // a multi-instance step (会签) starts at its body, which makes its instances
                                            ? w.activity() + "#multiInstanceBody" : w.activity()).execute();
                        }
                    });
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
    }

    // ---------------------------------------------------------------- GET /api/projects/{id}/trace

    private void trace(long entries, int projects) throws Exception {
        System.out.println();
        System.out.printf("== GET /api/projects/{id}/trace with %d ledger entries over %d projects%n", entries, projects);
        DataSource dataSource = app.bean(DataSource.class);
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            insertProjects(c, projects);
            LedgerVerifyBenchmark.fill(c, entries, projects);
        }
        System.out.printf("filled %d projects and %d ledger entries in %.1f s  [%s]%n", projects, entries,
                (System.nanoTime() - start) / 1e9, Machine.load());

        Latencies latencies = new Latencies();
        Http http = new Http(app.baseUrl(), latencies);
        Http unmeasured = new Http(app.baseUrl(), new Latencies());
        Random random = new Random(42);
        for (int i = 0; i < 30; i++) {
            check(unmeasured.get("bj.auditor", "", "/api/projects/" + (1 + random.nextInt(projects)) + "/trace"));
        }
        String loadBefore = Machine.load();
        for (int i = 0; i < samples; i++) {
            long id = 1 + random.nextInt(projects);
            Http.Response trace = http.get("bj.auditor", "GET /api/projects/{id}/trace  (" + entries / projects + " entries each)",
                    "/api/projects/" + id + "/trace");
            check(trace);
            if (trace.field("entries").size() < entries / projects) {
                throw new IllegalStateException("project " + id + " shows " + trace.field("entries").size() + " entries");
            }
        }
        latencies.print("one client, random projects, as bj.auditor (ms)  [" + loadBefore + " before, " + Machine.load() + " after]");

        loadBefore = Machine.load();
        long t0 = System.nanoTime();
        Http.Response verify = new Http(app.baseUrl(), new Latencies()).get("acftu.auditor", "", "/api/ledger/verify");
        System.out.printf("GET /api/ledger/verify in %.1f s: %s  [%s before, %s after]%n", (System.nanoTime() - t0) / 1e9,
                verify.body(), loadBefore, Machine.load());
    }

    /** Projects 1..P of BJ in Hotan, as LedgerVerifyBenchmark's entries name them; the database must have none yet. */
    private void insertProjects(Connection c, int projects) throws Exception {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM project")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException("The database already has projects: give the benchmark an empty one");
            }
        }
        c.setAutoCommit(false);
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO project (id, code, agreement_id, donor_code, "
                + "recipient_code, region_code, title, project_type, type_group, focus_areas, budget, description, "
                + "beneficiaries_planned, status, process_instance_id, created_by, created_at, updated_at) "
                + "VALUES (?, ?, ?, 'BJ', 'XJ-HT', 'XJ', ?, 'WORKER_LIBRARY', 'SERVICE_FACILITY', 'CULTURE,FACILITY', ?, "
                + "'benchmark', 1200, 'IN_PROGRESS', NULL, 'bj.proposer', ?, ?)")) {
            for (int p = 1; p <= projects; p++) {
                insert.setLong(1, p);
                insert.setString(2, String.format("PRJ-BJ-2026-%06d", p));
                insert.setLong(3, p / 10 + 1);
                insert.setString(4, "和田职工书屋 " + p);
                insert.setBigDecimal(5, new BigDecimal("1000000.00"));
                insert.setTimestamp(6, now);
                insert.setTimestamp(7, now);
                insert.addBatch();
                if (p % 5_000 == 0) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
        if (app.h2) {
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE project ALTER COLUMN id RESTART WITH " + (projects + 1));
            }
        }
    }

    private static Http.Response check(Http.Response response) {
        if (response.status() != 200) {
            throw new Http.Unexpected("expected 200", response);
        }
        return response;
    }
}

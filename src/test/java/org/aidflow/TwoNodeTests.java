package org.aidflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.util.FileSystemUtils;

/**
 * Two AidFlow nodes on one database, each with Camunda's job executor on: two Spring contexts in this
 * JVM on ports of their own, with distinct engine names and job log host names ({@code node-a},
 * {@code node-b}). On MariaDB (when the suite runs there) they share a fresh MariaDB database, as two
 * processes would; on H2 they share one H2 file database, which an embedded H2 serves to every
 * connection of the JVM with the same locks, so the test runs on both and skips nothing.
 * <p>
 * Each due-date timer notifies once, not once per node; a task completed on one node is gone on the
 * other (409), and the same task completed on both at once goes through once; the nightly ledger
 * verification, fired by both nodes' schedulers at the same time, runs once.
 */
class TwoNodeTests {

    private static final int TIMERS = 24;

    private static Path dir;
    private static FreshDatabase database;
    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        dir = Files.createTempDirectory("aidflow-two-nodes");
        database = FreshDatabase.create(dir, "twonodes");
        nodeA = start("node-a");
        nodeB = start("node-b");
    }

    @AfterAll
    static void stopThem() throws Exception {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        database.drop();
        FileSystemUtils.deleteRecursively(dir);
    }

    private static ConfigurableApplicationContext start(String name) {
        return SpringApplication.run(AidFlowApplication.class,
                "--server.port=0",
                "--spring.profiles.active=" + System.getProperty("spring.profiles.active", "test"),
                "--spring.datasource.url=" + database.url(),
                "--aidflow.documents.dir=" + dir.resolve("documents").toAbsolutePath(),
                "--camunda.bpm.process-engine-name=" + name.replace("-", ""),
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--camunda.bpm.job-execution.enabled=true",
                // both executors look for due jobs every half second or so, so that they really compete
                "--camunda.bpm.job-execution.wait-time-in-millis=500", "--camunda.bpm.job-execution.max-wait=1000",
                // the nightly schedule of production; the test fires it by hand on both nodes at once
                "--aidflow.ledger.verify-cron=0 30 2 * * *",
                // no web apps: Camunda keeps JVM-wide state for them that closing one node would clear
                "--camunda.bpm.webapp.enabled=false");
    }

    private static Api as(ConfigurableApplicationContext node, String username) {
        return new Api("http://localhost:" + node.getEnvironment().getProperty("local.server.port"), username, "demo");
    }

    private static JdbcClient jdbc() {
        return nodeA.getBean(JdbcClient.class);
    }

    private static String draftAgreement(ConfigurableApplicationContext node) {
        Api.Response created = as(node, "bj.proposer").post("/api/agreements", Map.of("recipientUnion", "XJ-HT",
                "title", "两节点 Two nodes", "focusAreas", List.of("CULTURE"), "intendedAmount", 100000,
                "startDate", "2026-01-01", "endDate", "2027-12-31", "description", "two nodes"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("code").asText();
    }

    private static String reviewTask(ConfigurableApplicationContext node, String code) {
        Api.Response inbox = as(node, "xj-ht.leader").get("/api/tasks?taskKey=reviewAgreement&businessKey=" + code);
        assertThat(inbox.json().path("items").size()).isEqualTo(1);
        return inbox.json().path("items").get(0).path("id").asText();
    }

    @Test
    void notifiesOncePerDueTimerWithBothJobExecutorsRunning() {
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < TIMERS; i++) {
            String code = draftAgreement(i % 2 == 0 ? nodeA : nodeB);
            tasks.add(reviewTask(nodeA, code));
        }
        for (ConfigurableApplicationContext node : List.of(nodeA, nodeB)) {
            var engine = node.getBean(org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl.class);
            assertThat(engine.getJobExecutor().isActive()).as(engine.getProcessEngineName() + "'s job executor").isTrue();
        }
        ManagementService management = nodeA.getBean(ManagementService.class);
        List<String> jobs = new ArrayList<>();
        Date due = new Date(System.currentTimeMillis() - 60_000);
        for (String task : tasks) {
            String instance = jdbc().sql("SELECT PROC_INST_ID_ FROM ACT_RU_TASK WHERE ID_ = ?").param(task).query(String.class).single();
            Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
            jobs.add(timer.getId());
        }
        // all due at once: both nodes' executors acquire them in the same moments
        jobs.forEach(job -> management.setJobDuedate(job, due));

        await().atMost(Duration.ofMinutes(3)).until(() -> management.createJobQuery().timers()
                .processInstanceIds(new java.util.HashSet<>(instances(tasks))).count() == 0);

        Map<Long, Integer> perTask = new TreeMap<>();
        for (String task : tasks) {
            long notices = jdbc().sql("SELECT COUNT(*) FROM notification WHERE kind = 'OVERDUE' AND task_id = ?").param(task)
                    .query(Long.class).single();
            perTask.merge(notices, 1, Integer::sum);
        }
        Map<Long, Integer> runs = new TreeMap<>();
        Map<String, Integer> byNode = new TreeMap<>();
        for (String job : jobs) {
            runs.merge(jdbc().sql("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_ID_ = ? AND JOB_STATE_ = 2").param(job)
                    .query(Long.class).single(), 1, Integer::sum);
            jdbc().sql("SELECT HOSTNAME_ FROM ACT_HI_JOB_LOG WHERE JOB_ID_ = ? AND JOB_STATE_ = 2").param(job)
                    .query(String.class).list().forEach(host -> byNode.merge(host, 1, Integer::sum));
        }
        System.out.printf("[two nodes] %d due-date timers: successful runs per timer %s, run by %s, "
                + "OVERDUE notifications per task %s%n", TIMERS, runs, byNode, perTask);
        assertThat(runs).isEqualTo(Map.of(1L, TIMERS));
        assertThat(perTask).isEqualTo(Map.of(1L, TIMERS));
    }

    private static List<String> instances(List<String> tasks) {
        List<String> instances = new ArrayList<>();
        for (String task : tasks) {
            instances.add(jdbc().sql("SELECT PROC_INST_ID_ FROM ACT_HI_TASKINST WHERE ID_ = ?").param(task).query(String.class)
                    .single());
        }
        return instances;
    }

    @Test
    void findsATaskCompletedOnOneNodeGoneOnTheOther() throws Exception {
        String task = reviewTask(nodeB, draftAgreement(nodeA));
        Api.Response done = as(nodeA, "xj-ht.leader").post("/api/tasks/" + task + "/complete", Map.of("decision", "APPROVE"));
        assertThat(done.status()).as(done.body()).isEqualTo(204);
        assertThat(as(nodeB, "xj-ht.leader").post("/api/tasks/" + task + "/complete", Map.of("decision", "APPROVE")).status())
                .isEqualTo(409);
        assertThat(as(nodeB, "xj-ht.leader").get("/api/tasks/" + task).status()).isIn(404, 409);

        // and the same task completed on both nodes at the same moment, 10 times: one 204 each time
        Map<String, Integer> answers = new TreeMap<>();
        for (int trial = 0; trial < 10; trial++) {
            String raced = reviewTask(nodeA, draftAgreement(nodeB));
            List<Integer> statuses = atOnce(List.of(
                    () -> as(nodeA, "xj-ht.leader").post("/api/tasks/" + raced + "/complete", Map.of("decision", "APPROVE")).status(),
                    () -> as(nodeB, "xj-ht.leader").post("/api/tasks/" + raced + "/complete", Map.of("decision", "APPROVE")).status()));
            answers.merge("node-a " + statuses.get(0) + ", node-b " + statuses.get(1), 1, Integer::sum);
            assertThat(statuses).containsExactlyInAnyOrder(204, 409);
        }
        System.out.printf("[two nodes] one task completed on both nodes at once, 10 trials: %s%n", answers);
    }

    @Test
    void runsTheNightlyLedgerVerificationOnceWhenBothNodesFire() throws Exception {
        long before = verifications();
        List<Callable<Object>> fires = List.of(
                () -> ReflectionTestUtils.invokeMethod(nodeA.getBean("ledgerWatch"), "nightly"),
                () -> ReflectionTestUtils.invokeMethod(nodeB.getBean("ledgerWatch"), "nightly"));
        atOnce(fires);
        assertThat(verifications() - before).as("runs after both nodes fired").isEqualTo(1);
        // the same night fired again (a node restarted, say): already run
        atOnce(fires);
        long runs = verifications() - before;
        System.out.printf("[two nodes] nightly ledger verification fired by both nodes twice: %d run%n", runs);
        assertThat(runs).isEqualTo(1);
    }

    private static long verifications() {
        return jdbc().sql("SELECT COUNT(*) FROM ledger_verification WHERE checked_by = 'system'").query(Long.class).single();
    }

    private static <T> List<T> atOnce(List<Callable<T>> callers) throws Exception {
        CyclicBarrier start = new CyclicBarrier(callers.size());
        ExecutorService pool = Executors.newFixedThreadPool(callers.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> caller : callers) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return caller.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

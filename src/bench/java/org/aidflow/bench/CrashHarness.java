package org.aidflow.bench;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Crash harness: starts AidFlow as a separate process on a fresh MariaDB/MySQL database (mysql profile, demo
 * users on), lets several clients drive projects through approvals, tranche requests, transfers and receipts
 * through the REST API, kills the process with {@code kill -9} at a random moment, restarts it, and does so
 * again for the given number of cycles. Every 201 and 204 a client saw is remembered. At the end, on one more
 * start: every acknowledged write is in the database, {@code GET /api/ledger/verify} is ok, every TRANSFER
 * entry has its completed {@code recordTransfer} task in Camunda's history and every completed transfer task
 * its entry, and per project the tranches' transferred amounts equal the ledger's TRANSFER sums (receipts
 * likewise). Prints the figures and exits with 1 when anything was lost or broken.
 * <p>
 * Arguments: {@code [cycles=30] [clients=4] [server-jdbc-url=jdbc:mysql://127.0.0.1:3306/] [database=aidflow_crash]
 * [user=root] [password=]}; {@code -Dcrash.max-ms=15000} is the longest run before a kill, {@code -Dcrash.seed}
 * fixes the random moments.
 */
public final class CrashHarness {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PARAMS = "?sendFractionalSeconds=false&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true";

    /** A write the server acknowledged: a 201 (a project) or a 204 (a completed task). */
    record Ack(String kind, String taskId, long projectId, int cycle) {
    }

    record Answer(int status, JsonNode json) {
    }

    private final String dbUrl;
    private final String user;
    private final String password;
    private final Path work;
    private final Random random;
    private final ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private final Map<Integer, AtomicLong> statuses = new java.util.concurrent.ConcurrentHashMap<>();
    private Process app;
    private String base;
    private long agreementId;

    private CrashHarness(String dbUrl, String user, String password, Path work, long seed) {
        this.dbUrl = dbUrl;
        this.user = user;
        this.password = password;
        this.work = work;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        String server = args.length > 2 ? args[2] : "jdbc:mysql://127.0.0.1:3306/";
        String name = args.length > 3 ? args[3] : "aidflow_crash";
        String user = args.length > 4 ? args[4] : "root";
        String password = args.length > 5 ? args[5] : "";
        long seed = Long.getLong("crash.seed", System.nanoTime());
        long maxMillis = Long.getLong("crash.max-ms", 15000);
        try (Connection c = DriverManager.getConnection(server + PARAMS, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Path work = Files.createTempDirectory("aidflow-crash");
        CrashHarness harness = new CrashHarness(server + name + PARAMS, user, password, work, seed);
        System.out.printf("Crash harness: %d cycles, %d clients, kill within %d ms, seed %d, database %s, app log %s%n",
                cycles, clients, maxMillis, seed, name, work.resolve("app.log"));
        System.out.println(Machine.load());
        boolean ok = harness.run(cycles, clients, maxMillis);
        System.exit(ok ? 0 : 1);
    }

    private boolean run(int cycles, int clients, long maxMillis) throws Exception {
        long t0 = System.nanoTime();
        startApp();
        agreementId = activeAgreement();
        for (int cycle = 1; cycle <= cycles; cycle++) {
            if (cycle > 1) {
                startApp();
            }
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int client = i;
                int current = cycle;
                Thread thread = new Thread(() -> drive(client, current, stop), "client-" + i);
                thread.start();
                threads.add(thread);
            }
            long runFor = 500 + (long) (random.nextDouble() * (maxMillis - 500));
            Thread.sleep(runFor);
            long acked = acks.size();
            // no new requests from here: those under way when the process dies get no answer
            stop.set(true);
            app.destroyForcibly();
            app.waitFor(60, TimeUnit.SECONDS);
            for (Thread thread : threads) {
                thread.join();
            }
            System.out.printf("cycle %2d: killed after %5d ms of burst; %d writes acknowledged so far (%d at the kill)%n",
                    cycle, runFor, acks.size(), acked);
        }
        startApp();
        try {
            return check(cycles, (System.nanoTime() - t0) / 1_000_000_000);
        } finally {
            app.destroy();
            app.waitFor(60, TimeUnit.SECONDS);
        }
    }

    // ---- the app as a separate process

    private void startApp() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.aidflow.AidFlowApplication", "--server.port=" + port, "--spring.profiles.active=mysql",
                "--spring.datasource.url=" + dbUrl, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--aidflow.demo-data=true", "--aidflow.demo-program=false",
                "--aidflow.admin.password=demo", "--aidflow.documents.dir=" + work.resolve("documents"),
                "--aidflow.ledger.verify-cron=-");
        File log = work.resolve("app.log").toFile();
        app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
        long started = System.nanoTime();
        while (true) {
            if (!app.isAlive()) {
                throw new IllegalStateException("The app exited on start; see " + log);
            }
            try {
                if (ready()) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() - started > TimeUnit.MINUTES.toNanos(5)) {
                throw new IllegalStateException("The app did not get ready in 5 minutes; see " + log);
            }
            Thread.sleep(200);
        }
    }

    /** Listening, and every user the harness signs in as exists (demo users are created after Tomcat starts). */
    private boolean ready() throws IOException, InterruptedException {
        for (String username : List.of("bj.proposer", "bj.leader", "bj.finance", "xj-ht.leader", "xj-ht.officer",
                "xj-ht.finance", "acftu.auditor")) {
            if (send(username, "GET", "/api/tasks?size=1", null).status() != 200) {
                return false;
            }
        }
        return true;
    }

    private Answer send(String username, String method, String path, Object body) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + credentials).header("Accept-Language", "en");
        if (body == null) {
            request.method(method, BodyPublishers.noBody());
        } else if (body instanceof byte[] multipart) {
            request.header("Content-Type", "multipart/form-data; boundary=crash").method(method, BodyPublishers.ofByteArray(multipart));
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        }
        var response = CLIENT.send(request.build(), BodyHandlers.ofString());
        JsonNode json = response.body().isEmpty() || !response.headers().firstValue("Content-Type").orElse("").contains("json")
                ? MissingNode.getInstance() : JSON.readTree(response.body());
        return new Answer(response.statusCode(), json);
    }

    private Answer must(int expected, String username, String method, String path, Object body) throws Exception {
        Answer answer = send(username, method, path, body);
        if (answer.status() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.status() + ": " + answer.json());
        }
        return answer;
    }

    // ---- the setup, before the first kill

    private long activeAgreement() throws Exception {
        JsonNode agreement = must(201, "bj.proposer", "POST", "/api/agreements", Map.of("recipientUnion", "XJ-HT",
                "title", "崩溃测试 Crash harness", "focusAreas", List.of("TALENT"), "intendedAmount", 90_000_000,
                "startDate", "2026-01-01", "endDate", "2030-12-31", "description", "crash harness")).json();
        long id = agreement.path("id").asLong();
        String code = agreement.path("code").asText();
        completeFirst("xj-ht.leader", "reviewAgreement", code, Map.of("decision", "APPROVE"));
        long donorCopy = upload("bj.leader", id);
        long recipientCopy = upload("xj-ht.leader", id);
        completeFirst("bj.leader", "signAgreementDonor", code, Map.of("signatory", "张三", "signedOn", "2026-02-01",
                "documentId", donorCopy));
        completeFirst("xj-ht.leader", "signAgreementRecipient", code, Map.of("signatory", "艾力", "signedOn", "2026-02-02",
                "documentId", recipientCopy));
        return id;
    }

    private long upload(String username, long agreementId) throws Exception {
        String multipart = "--crash\r\nContent-Disposition: form-data; name=\"agreementId\"\r\n\r\n" + agreementId
                + "\r\n--crash\r\nContent-Disposition: form-data; name=\"file\"; filename=\"signed.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%signed\n\r\n--crash--\r\n";
        return must(201, username, "POST", "/api/documents", multipart.getBytes(StandardCharsets.UTF_8)).json().path("id").asLong();
    }

    private void completeFirst(String username, String taskKey, String businessKey, Map<String, Object> form) throws Exception {
        JsonNode items = must(200, username, "GET", "/api/tasks?taskKey=" + taskKey + "&businessKey=" + businessKey, null)
                .json().path("items");
        must(204, username, "POST", "/api/tasks/" + items.get(0).path("id").asText() + "/complete", form);
    }

    // ---- the burst

    /** One step a client may take: who, which task, and the form (a fresh bank reference for each transfer). */
    private record Step(String username, String taskKey) {
    }

    private static final List<Step> STEPS = List.of(new Step("bj.leader", "approveProposalDonor"),
            new Step("xj-ht.officer", "reviewProposalRecipient"), new Step("xj-ht.officer", "requestTranche"),
            new Step("bj.leader", "approveTranche"), new Step("bj.finance", "recordTransfer"),
            new Step("xj-ht.finance", "confirmReceipt"));

    private void drive(int client, int cycle, AtomicBoolean stop) {
        Random own = new Random(random.nextLong() + client);
        while (!stop.get()) {
            try {
                // later steps first, so that projects flow on to their transfers; a new project now and then
                boolean worked = false;
                if (own.nextInt(6) != 0) {
                    for (int i = STEPS.size() - 1; i >= 0 && !worked; i--) {
                        worked = completeSome(STEPS.get(i), own, cycle);
                    }
                }
                if (!worked) {
                    submitProject(cycle);
                }
            } catch (IOException | RuntimeException noAnswer) {
                unanswered.incrementAndGet();
                if (stop.get()) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Answer counted(String username, String method, String path, Object body) throws IOException, InterruptedException {
        sent.incrementAndGet();
        Answer answer = send(username, method, path, body);
        statuses.computeIfAbsent(answer.status(), s -> new AtomicLong()).incrementAndGet();
        return answer;
    }

    private void submitProject(int cycle) throws IOException, InterruptedException {
        Map<String, Object> draft = new HashMap<>();
        draft.put("agreementId", agreementId);
        draft.put("recipientUnion", "XJ-HT");
        draft.put("title", "崩溃测试项目 " + UUID.randomUUID().toString().substring(0, 8));
        draft.put("type", "CADRE_TRAINING");
        draft.put("focusAreas", List.of("TALENT"));
        draft.put("budget", 2000);
        draft.put("tranches", List.of(Map.of("amount", 1000, "plannedOn", "2026-03-15"), Map.of("amount", 1000, "plannedOn", "2026-06-15")));
        draft.put("description", "crash harness");
        draft.put("beneficiariesPlanned", 100);
        Answer created = counted("bj.proposer", "POST", "/api/projects", draft);
        if (created.status() == 201) {
            acks.add(new Ack("project", null, created.json().path("id").asLong(), cycle));
        }
    }

    /** Completes one of the step's open tasks, picked at random; false when there is none. */
    private boolean completeSome(Step step, Random own, int cycle) throws IOException, InterruptedException {
        JsonNode items = counted(step.username(), "GET", "/api/tasks?size=20&taskKey=" + step.taskKey(), null).json().path("items");
        if (items.isEmpty()) {
            return false;
        }
        JsonNode task = items.get(own.nextInt(items.size()));
        String taskId = task.path("id").asText();
        Map<String, Object> form = switch (step.taskKey()) {
            case "requestTranche" -> Map.of("amount", 1000, "purpose", "培训", "progressReport", "按计划进行");
            case "recordTransfer" -> Map.of("amount", 1000, "bankReference", "CRASH-" + UUID.randomUUID(),
                    "transferredOn", "2026-03-01");
            case "confirmReceipt" -> Map.of("amountReceived", 1000, "receivedOn", "2026-03-03");
            default -> Map.of("decision", "APPROVE");
        };
        Answer done = counted(step.username(), "POST", "/api/tasks/" + taskId + "/complete", form);
        if (done.status() == 204) {
            acks.add(new Ack(step.taskKey(), taskId, 0, cycle));
        }
        return true;
    }

    // ---- the checks

    private boolean check(int cycles, long seconds) throws Exception {
        Map<String, Long> lost = new TreeMap<>();
        Map<String, Long> acked = new TreeMap<>();
        long ledgerBreaks;
        long transfersWithoutTask;
        long transferTasksWithoutEntry;
        long unreconciled;
        long transfers;
        BigDecimal transferred;
        try (Connection c = DriverManager.getConnection(dbUrl, user, password)) {
            for (Ack ack : acks) {
                acked.merge(ack.kind(), 1L, Long::sum);
                boolean present = ack.taskId() == null
                        ? count(c, "SELECT COUNT(*) FROM project WHERE id = " + ack.projectId()) == 1
                        : count(c, "SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE ID_ = '" + ack.taskId()
                                + "' AND END_TIME_ IS NOT NULL AND DELETE_REASON_ = 'completed'") == 1
                                && count(c, "SELECT COUNT(*) FROM audit_record WHERE action = 'TASK_COMPLETED' AND task_id = '"
                                        + ack.taskId() + "'") == 1
                                && (!ack.kind().equals("recordTransfer") || count(c, "SELECT COUNT(*) FROM ledger_entry "
                                        + "WHERE entry_type = 'TRANSFER' AND task_id = '" + ack.taskId() + "'") == 1);
                if (!present) {
                    lost.merge(ack.kind(), 1L, Long::sum);
                }
            }
            transfersWithoutTask = count(c, "SELECT COUNT(*) FROM ledger_entry e WHERE e.entry_type = 'TRANSFER' AND NOT EXISTS "
                    + "(SELECT 1 FROM ACT_HI_TASKINST t WHERE t.ID_ = e.task_id AND t.TASK_DEF_KEY_ = 'recordTransfer' "
                    + "AND t.END_TIME_ IS NOT NULL AND t.DELETE_REASON_ = 'completed')");
            transferTasksWithoutEntry = count(c, "SELECT COUNT(*) FROM ACT_HI_TASKINST t WHERE t.TASK_DEF_KEY_ = 'recordTransfer' "
                    + "AND t.DELETE_REASON_ = 'completed' AND NOT EXISTS (SELECT 1 FROM ledger_entry e WHERE e.task_id = t.ID_ "
                    + "AND e.entry_type = 'TRANSFER')");
            unreconciled = count(c, "SELECT COUNT(*) FROM project p WHERE "
                    + "COALESCE((SELECT SUM(transferred_amount) FROM tranche t WHERE t.project_id = p.id), 0) <> "
                    + "COALESCE((SELECT SUM(amount) FROM ledger_entry e WHERE e.project_id = p.id AND e.entry_type = 'TRANSFER'), 0) "
                    + "OR COALESCE((SELECT SUM(received_amount) FROM tranche t WHERE t.project_id = p.id), 0) <> "
                    + "COALESCE((SELECT SUM(amount) FROM ledger_entry e WHERE e.project_id = p.id AND e.entry_type = 'RECEIPT'), 0) "
                    + "OR COALESCE((SELECT SUM(amount) FROM ledger_entry e WHERE e.project_id = p.id AND e.entry_type = 'ALLOCATION'), 0) "
                    + "NOT IN (0, p.budget) "
                    + "OR (SELECT COUNT(*) FROM ledger_entry e WHERE e.project_id = p.id) <> "
                    + "COALESCE((SELECT entries FROM ledger_head h WHERE h.project_id = p.id), 0)");
            transfers = count(c, "SELECT COUNT(*) FROM ledger_entry WHERE entry_type = 'TRANSFER'");
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE entry_type = 'TRANSFER'")) {
                rs.next();
                transferred = rs.getBigDecimal(1);
            }
        }
        Answer verify = must(200, "acftu.auditor", "GET", "/api/ledger/verify", null);
        ledgerBreaks = verify.json().path("ok").asBoolean() ? 0 : 1;
        long lostTotal = lost.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("%n%d crash cycles (kill -9) in %d s; requests sent %d, answers %s, no answer (under way at a kill) %d%n",
                cycles, seconds, sent.get(), new TreeMap<>(statuses), unanswered.get());
        System.out.printf("acknowledged writes %d %s%n", acks.size(), acked);
        System.out.printf("acknowledged writes lost: %d %s%n", lostTotal, lost);
        System.out.printf("ledger verify: ok=%s, %d entries over %d projects; ledger breaks: %d%n", verify.json().path("ok").asBoolean(),
                verify.json().path("entries").asLong(), verify.json().path("projects").asLong(), ledgerBreaks);
        System.out.printf("TRANSFER entries %d (%s yuan); without a completed recordTransfer task: %d; completed transfer tasks "
                + "without an entry: %d%n", transfers, transferred.toPlainString(), transfersWithoutTask, transferTasksWithoutEntry);
        System.out.printf("projects whose tranche totals, allocation or head do not reconcile with the ledger: %d%n", unreconciled);
        boolean ok = lostTotal == 0 && ledgerBreaks == 0 && transfersWithoutTask == 0 && transferTasksWithoutEntry == 0
                && unreconciled == 0;
        System.out.println(ok ? "crash harness: OK" : "crash harness: FAILED");
        return ok;
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

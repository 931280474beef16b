package org.aidflow.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Full project lifecycles through the REST API, as the demo users the processes offer each task to,
 * with C concurrent clients (HTTP Basic), against the real application on a random port; then the same
 * BPMN path through Camunda's Java API alone, in the same JVM and database, for the overhead ratio. Not a test.
 *
 * <pre>
 * java -cp ... org.aidflow.bench.LifecycleBenchmark [lifecycles=40] [clients=8] [jdbcUrl [user [password]]]
 *      -Dbench.phases=rest,rest-minimal,bare   which phases to run, in this order
 *      -Dbench.warmup=500                      unmeasured lifecycles per phase, all phases' before any is measured (default 500)
 *      -Dbench.rounds=3                        the measured lifecycles in this many rounds, each running every phase in turn
 * </pre>
 *
 * One lifecycle: an agreement drafted, reviewed and signed by both sides with uploaded signed copies
 * (ACTIVE); a project proposed with 3 tranches and approved along its routing (the pairing and the route
 * rotate with the lifecycle's number, so that all routes and all 33 pairings are covered); 3 × (request,
 * approval, transfer, receipt); then, when the completion process's first task can be opened, completion
 * report, inspection, refund, refund receipt and audit. Steps are a list ({@link #steps()}): add one there.
 *
 * Phases: {@code rest} acts as a person in the browser would (find the task in the inbox, open it, complete
 * it; look at the agreement once signed and at the project's trace at the end); {@code rest-minimal} makes only
 * the calls a lifecycle needs (uploads, creations, and each task completed in one call by its task key and the
 * case's business key, {@code POST /api/tasks/complete}); {@code bare} starts and
 * completes the same processes (deployed again as bench-aid-*, with no-op delegates) through RuntimeService
 * and TaskService, finding each task with a TaskQuery by business key, task key and candidate group.
 */
public final class LifecycleBenchmark {

    /** The four ways the DMN approval-routing table sends a project; lifecycle i takes route i mod 4. */
    enum Route {
        LOCAL("CADRE_TRAINING", "TALENT_INDUSTRY", "150000.00", false, false),
        FACILITY("WORKER_LIBRARY", "SERVICE_FACILITY", "300000.00", true, false),
        REGIONAL("INDUSTRY_SUPPORT", "TALENT_INDUSTRY", "1200000.00", true, false),
        NATIONAL("WORKERS_CULTURAL_PALACE", "SERVICE_FACILITY", "6000000.00", true, true);

        final String type;
        final String typeGroup;
        final BigDecimal budget;
        final boolean region;
        final boolean national;

        Route(String type, String typeGroup, String budget, boolean region, boolean national) {
            this.type = type;
            this.typeGroup = typeGroup;
            this.budget = new BigDecimal(budget);
            this.region = region;
            this.national = national;
        }
    }

    /** One lifecycle's state as its steps go. */
    static final class Lifecycle {
        final int number;
        final Parties parties;
        final Route route;
        final BigDecimal[] tranches;
        final BigDecimal refund;
        final String run;
        long agreementId;
        String agreementCode;
        long projectId;
        String projectCode;
        boolean completion;

        Lifecycle(int number, Parties parties, Route route, String run) {
            this.number = number;
            this.parties = parties;
            this.route = route;
            this.run = run;
            BigDecimal first = route.budget.multiply(new BigDecimal("0.40")).setScale(2, RoundingMode.DOWN);
            BigDecimal second = route.budget.multiply(new BigDecimal("0.35")).setScale(2, RoundingMode.DOWN).add(new BigDecimal("0.25"));
            this.tranches = new BigDecimal[] {first, second, route.budget.subtract(first).subtract(second)};
            this.refund = new BigDecimal("1234.56");
        }

        String bankReference(String what) {
            return "BENCH-" + run + "-" + number + "-" + what;
        }
    }

    /**
     * One step of a lifecycle: when it applies, what the REST client does, and what the bare engine does.
     */
    record Step(String name, Predicate<Lifecycle> applies, Consumer<Lifecycle> rest, Consumer<Lifecycle> bare) {
    }

    enum Mode {
        REST("rest"), REST_MINIMAL("rest-minimal"), BARE("bare");

        final String label;

        Mode(String label) {
            this.label = label;
        }

        static Mode of(String label) {
            for (Mode m : values()) {
                if (m.label.equals(label.trim())) {
                    return m;
                }
            }
            throw new IllegalArgumentException("Unknown phase " + label + " (rest, rest-minimal, bare)");
        }
    }

    /**
     * Unmeasured lifecycles per phase by default. After 16 the JIT was still compiling hard through the measured
     * rounds, REST's phases most (their code is several times the engine's: Tomcat, Spring Security and MVC, Jackson),
     * which weighed on REST's figures and not on the engine's (docs/performance.md). After 150 the compilers still took
     * 90 ms of CPU per REST lifecycle (bare: 36), after 600 still 63 (bare: 26): methods that run once per request or
     * per lifecycle reach C2's thresholds only after thousands of requests. A server runs far longer than any
     * warm-up; 500 is as long as the benchmark can take.
     */
    private static final int DEFAULT_WARMUP = 500;

    /** From this budget on the region's leader and finance both sign (approval-routing.dmn, signMode ALL). */
    private static final BigDecimal COUNTERSIGNED = new BigDecimal("5000000");

    private final List<Parties> parties = Parties.all();
    private final String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final AtomicInteger numbers = new AtomicInteger();
    private final AtomicLong bareIds = new AtomicLong(1_000_000_000L);
    /** Whether the completion process's first task can be opened (null until a REST lifecycle gets there). */
    private final AtomicReference<Boolean> completionAvailable = new AtomicReference<>();
    private final String base;
    private final RuntimeService runtime;
    private final TaskService taskService;
    private final List<Step> steps;

    /** Per phase: CPU milliseconds of the whole JVM per lifecycle. */
    private final Map<Mode, Double> processCpu = new LinkedHashMap<>();

    /** Per phase: what each step cost per lifecycle on the server (SQL, round trips, CPU, bytes). */
    private final Map<Mode, Map<String, StepCosts.Cost>> costs = new LinkedHashMap<>();

    // per phase
    private volatile Latencies endpoints;
    private volatile Latencies stepTimes;
    private volatile Http http;
    private volatile boolean reads;

    private LifecycleBenchmark(BenchApp app) {
        this.base = app.baseUrl();
        this.runtime = app.bean(RuntimeService.class);
        this.taskService = app.bean(TaskService.class);
        this.steps = steps();
    }

    public static void main(String[] args) throws Exception {
        int lifecycles = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int warmup = Integer.getInteger("bench.warmup", DEFAULT_WARMUP);
        List<Mode> phases = new ArrayList<>();
        for (String p : System.getProperty("bench.phases", "rest,rest-minimal,bare").split(",")) {
            phases.add(Mode.of(p));
        }

        System.out.printf("AidFlow lifecycle benchmark: %d lifecycles per phase, %d concurrent clients, %d warm-up lifecycles per phase%n",
                lifecycles, clients, warmup);
        System.out.printf("%s at start%n", Machine.load());
        try (BenchApp app = BenchApp.start(args, 2)) {
            System.out.printf("app ready       %s%n", app.readiness());
            BareProcesses.deploy(app.bean(RepositoryService.class));
            LifecycleBenchmark bench = new LifecycleBenchmark(app);
            // every phase's warm-up first, then the measured lifecycles in rounds that run each phase in turn: a phase
            // measured alone after the others' warm-up ran up to a fifth slower or faster than the same phase in another
            // position (the JIT's work and its profiles, the database's growth), which no ratio should depend on
            for (Mode mode : phases) {
                bench.warmUp(mode, clients, warmup);
            }
            int rounds = Math.max(1, Math.min(lifecycles, Integer.getInteger("bench.rounds", 3)));
            System.out.printf("measured: %d rounds, each runs every phase in turn (from %s)%n", rounds, java.time.LocalTime.now());
            Meters.reset();
            Map<Mode, Measured> measured = new LinkedHashMap<>();
            phases.forEach(mode -> measured.put(mode, new Measured()));
            for (int r = 0; r < rounds; r++) {
                for (Mode mode : phases) {
                    bench.round(mode, lifecycles / rounds + (r < lifecycles % rounds ? 1 : 0), clients, measured.get(mode));
                }
            }
            Map<Mode, Double> throughput = new LinkedHashMap<>();
            for (Mode mode : phases) {
                throughput.put(mode, bench.report(mode, measured.get(mode)));
            }
            System.out.println();
            Double bare = throughput.get(Mode.BARE);
            for (Mode mode : List.of(Mode.REST, Mode.REST_MINIMAL)) {
                if (bare != null && throughput.get(mode) != null && throughput.get(mode) > 0) {
                    System.out.printf("overhead %s/bare %.2fx  (bare %.3f lifecycles/s ÷ %s %.3f lifecycles/s; target ≤ %s)%n",
                            mode.label, bare / throughput.get(mode), bare, mode.label, throughput.get(mode),
                            mode == Mode.REST ? "2x" : "1.5x");
                }
            }
            for (Mode mode : List.of(Mode.REST, Mode.REST_MINIMAL)) {
                if (bench.processCpu.containsKey(mode) && bench.processCpu.containsKey(Mode.BARE)) {
                    System.out.printf("overhead process-cpu %s/bare %.2fx  (CPU of the whole JVM per lifecycle: %.1f ms ÷ %.1f ms)%n",
                            mode.label, bench.processCpu.get(mode) / bench.processCpu.get(Mode.BARE), bench.processCpu.get(mode),
                            bench.processCpu.get(Mode.BARE));
                }
            }
            boolean missed = false;
            for (Mode mode : List.of(Mode.REST, Mode.REST_MINIMAL)) {
                if (bare != null && throughput.get(mode) != null && throughput.get(mode) > 0) {
                    missed |= bare / throughput.get(mode) > (mode == Mode.REST ? 2.0 : 1.5);
                }
            }
            if (bench.costs.containsKey(Mode.BARE) && bench.costs.containsKey(Mode.REST_MINIMAL)) {
                missed |= !StepCosts.compare(bench.costs.get(Mode.REST_MINIMAL), bench.costs.get(Mode.BARE), 1.5);
            }
            bench.verifyLedger();
            System.out.printf("%s at end%n", Machine.load());
            if (missed) {
                System.out.println("a target was missed");
                System.exit(1);
            }
        }
    }

    /** Unmeasured lifecycles of one phase. */
    private void warmUp(Mode mode, int clients, int warmup) throws Exception {
        if (warmup > 0) {
            Measured scratch = new Measured();
            use(mode, scratch);
            int[] w = runLifecycles(mode, warmup, clients, new CpuAccount());
            System.out.printf("warm-up %s: %d lifecycles done, %d failed%n", mode.label, w[0], w[1]);
        }
    }

    /** What the measured rounds of one phase add up to. */
    private static final class Measured {
        final Latencies endpoints = new Latencies();
        final Latencies steps = new Latencies();
        double seconds;
        final CpuAccount cpu = new CpuAccount();
        int done;
        int failed;
        String loadFirst;
        String loadLast;
    }

    private void use(Mode mode, Measured into) {
        reads = mode == Mode.REST;
        endpoints = into.endpoints;
        stepTimes = into.steps;
        http = new Http(base, into.endpoints);
        Meters.phase(mode.label);
    }

    /** One round of a phase: its share of the measured lifecycles. */
    private void round(Mode mode, int lifecycles, int clients, Measured into) throws Exception {
        use(mode, into);
        String load = Machine.load();
        into.loadFirst = into.loadFirst == null ? load : into.loadFirst;
        long start = System.nanoTime();
        CpuAccount.Mark mark = CpuAccount.mark();
        int[] result = runLifecycles(mode, lifecycles, clients, into.cpu);
        into.cpu.since(mark);
        into.seconds += (System.nanoTime() - start) / 1e9;
        into.done += result[0];
        into.failed += result[1];
        into.loadLast = Machine.load();
    }

    /** Prints what a phase's rounds measured; returns lifecycles per second. */
    private double report(Mode mode, Measured m) {
        System.out.println();
        System.out.printf("== phase %s%n", mode.label);
        double perSecond = m.done / m.seconds;
        System.out.printf("completion steps %s%n", Boolean.TRUE.equals(completionAvailable.get())
                ? "included (submitCompletionReport opens)"
                : "not included: submitCompletionReport is reached but cannot be opened yet (no completion handler)");
        System.out.printf("%d lifecycles done, %d failed, in %.1f s: %.3f lifecycles/s  [%s before its first round, %s after its last]%n",
                m.done, m.failed, m.seconds, perSecond, m.loadFirst, m.loadLast);
        m.cpu.print(m.done + m.failed, mode == Mode.BARE);
        processCpu.put(mode, m.cpu.processMsPer(m.done + m.failed));
        m.endpoints.print(mode == Mode.BARE ? "engine calls (ms)" : "endpoints (ms, as the client sees them)");
        m.steps.print("steps (ms, whole step: lookup, view, upload, completion)", "steps done");
        costs.put(mode, StepCosts.print(mode.label, Meters.snapshot(mode.label), m.steps));
        return perSecond;
    }

    /** Returns {done, failed}. */
    private int[] runLifecycles(Mode mode, int count, int clients, CpuAccount cpu) throws Exception {
        AtomicInteger threadNumbers = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients,
                r -> new Thread(r, CpuAccount.CLIENT_THREAD + threadNumbers.incrementAndGet()));
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < count; i++) {
            futures.add(pool.submit(() -> {
                int number = numbers.incrementAndGet();
                Lifecycle l = new Lifecycle(number, parties.get(number % parties.size()),
                        Route.values()[number % Route.values().length], run);
                String at = "start";
                long cpuAtStart = CpuAccount.currentThreadNanos();
                try {
                    for (Step step : steps) {
                        at = step.name();
                        if (step.applies().test(l)) {
                            long t0 = System.nanoTime();
                            Meters.inStep(step.name());
                            (mode == Mode.BARE ? step.bare() : step.rest()).accept(l);
                            Meters.inStep(null);
                            stepTimes.record(step.name(), System.nanoTime() - t0);
                        }
                    }
                    done.incrementAndGet();
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                    if (errors.size() < 5) {
                        errors.add("lifecycle " + number + " (" + l.parties + ", " + l.route + ") at " + at + ": " + e);
                    }
                } finally {
                    cpu.clientNanos.add(CpuAccount.currentThreadNanos() - cpuAtStart);
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        errors.forEach(e -> System.out.println("  FAILED " + e));
        return new int[] {done.get(), failed.get()};
    }

    // ---------------------------------------------------------------- the lifecycle

    /** The lifecycle, step by step; a step that does not apply (routing, completion not yet there) is skipped. */
    private List<Step> steps() {
        List<Step> s = new ArrayList<>();
        Predicate<Lifecycle> always = l -> true;

        s.add(new Step("agreement: draft", always, this::draftAgreement, l -> {
            l.agreementId = bareIds.incrementAndGet();
            l.agreementCode = "BENCH-AGR-" + run + "-" + l.number;
            engine("start aid-agreement", () -> runtime.startProcessInstanceByKey(BareProcesses.PREFIX + "aid-agreement",
                    l.agreementCode, Map.of("agreementId", l.agreementId, "agreementCode", l.agreementCode,
                            "donorUnion", l.parties.donor(), "recipientUnion", l.parties.recipient())));
        }));
        s.add(agreementTask("reviewAgreement", l -> l.parties.recipient() + ":leader",
                l -> Map.of("decision", "APPROVE"), l -> Map.of("decision", "APPROVE")));
        s.add(signature("signAgreementDonor", l -> l.parties.donor() + ":leader", "张三"));
        s.add(signature("signAgreementRecipient", l -> l.parties.recipient() + ":leader", "艾力"));
        s.add(new Step("agreement: check ACTIVE", l -> reads, l -> {
            Http.Response a = expect(200, http.get(l.parties.donorUser("proposer"), "GET /api/agreements/{id}",
                    "/api/agreements/" + l.agreementId));
            if (!"ACTIVE".equals(a.field("status").asText())) {
                throw new Http.Unexpected("agreement " + l.agreementCode + " is " + a.field("status").asText());
            }
        }, l -> { }));

        s.add(new Step("project: propose", always, this::proposeProject, l -> {
            l.projectId = bareIds.incrementAndGet();
            l.projectCode = "BENCH-PRJ-" + run + "-" + l.number;
            Map<String, Object> variables = new HashMap<>();
            variables.put("projectId", l.projectId);
            variables.put("projectCode", l.projectCode);
            variables.put("agreementId", l.agreementId);
            variables.put("donorUnion", l.parties.donor());
            variables.put("recipientUnion", l.parties.recipient());
            variables.put("regionUnion", l.parties.region());
            variables.put("budget", l.route.budget.toPlainString());
            variables.put("typeGroup", l.route.typeGroup);
            variables.put("trancheCount", l.tranches.length);
            engine("start aid-project", () -> runtime.startProcessInstanceByKey(BareProcesses.PREFIX + "aid-project",
                    l.projectCode, variables));
        }));
        s.add(projectTask("approveProposalDonor", always, l -> l.parties.donor() + ":leader",
                l -> Map.of("decision", "APPROVE"), l -> Map.of("decision", "APPROVE")));
        s.add(projectTask("reviewProposalRecipient", always, l -> l.parties.recipient() + ":officer",
                l -> Map.of("decision", "APPROVE", "comment", "同意立项"), l -> Map.of("decision", "APPROVE")));
        s.add(projectTask("approveProposalRegion", l -> l.route.region, l -> l.parties.region() + ":leader",
                l -> Map.of("decision", "APPROVE"), l -> Map.of("decision", "APPROVE")));
        // 会签 (approval-routing.dmn): from 5,000,000 yuan the region's finance signs its own instance too
        s.add(new TaskStep("approveProposalRegion", l -> l.route.region && l.route.budget.compareTo(COUNTERSIGNED) >= 0,
                l -> l.parties.region() + ":finance", l -> Map.of("decision", "APPROVE"), l -> Map.of("decision", "APPROVE"),
                false).step("approveProposalRegion (finance)"));
        s.add(projectTask("fileProposalNational", l -> l.route.national, l -> "ACFTU:officer",
                l -> Map.of("decision", "ACKNOWLEDGE"), l -> Map.of("decision", "ACKNOWLEDGE")));

        for (int t = 1; t <= 3; t++) {
            int n = t;
            s.add(trancheTask(n, "requestTranche", l -> l.parties.recipient() + ":officer", l -> {
                Map<String, Object> form = new HashMap<>(Map.of("amount", l.tranches[n - 1], "purpose", "购置图书与设备"));
                if (n > 1) {
                    form.put("progressReport", "上一笔资金已按计划使用");
                }
                return form;
            }, l -> Map.of()));
            s.add(trancheTask(n, "approveTranche", l -> l.parties.donor() + ":leader",
                    l -> Map.of("decision", "APPROVE"), l -> Map.of("decision", "APPROVE")));
            s.add(trancheTask(n, "recordTransfer", l -> l.parties.donor() + ":finance",
                    l -> Map.of("amount", l.tranches[n - 1], "bankReference", l.bankReference("T" + n),
                            "transferredOn", "2026-03-0" + n), l -> Map.of()));
            s.add(trancheTask(n, "confirmReceipt", l -> l.parties.recipient() + ":finance",
                    l -> Map.of("amountReceived", l.tranches[n - 1], "receivedOn", "2026-03-1" + n),
                    l -> Map.of("receiptShortfall", false)));
        }

        s.add(new Step("completion: available?", always, this::probeCompletion,
                l -> l.completion = Boolean.TRUE.equals(completionAvailable.get())));
        Predicate<Lifecycle> completion = l -> l.completion;
        s.add(projectTask("submitCompletionReport", completion, l -> l.parties.recipient() + ":officer",
                l -> Map.of("actualSpending", l.route.budget.subtract(l.refund), "beneficiaries", 1200,
                        "summary", "项目已完成 The project is done"), l -> Map.of()));
        s.add(projectTask("inspectCompletion", completion, l -> l.parties.region() + ":inspector",
                l -> Map.of("decision", "PASS", "findings", "验收合格 Passed"),
                l -> Map.of("decision", "PASS", "refundDue", true, "completionOutcome", "PASSED")));
        s.add(projectTask("recordRefund", completion, l -> l.parties.recipient() + ":finance",
                l -> Map.of("amount", l.refund, "bankReference", l.bankReference("R"), "refundedOn", "2026-10-08"),
                l -> Map.of()));
        s.add(projectTask("confirmRefund", completion, l -> l.parties.donor() + ":finance",
                l -> Map.of("amountReceived", l.refund), l -> Map.of()));
        s.add(projectTask("auditProject", completion, l -> l.parties.donor() + ":auditor",
                l -> Map.of("decision", "APPROVE", "performanceScore", 90, "findings", "资金使用规范"),
                l -> Map.of("decision", "APPROVE")));

        s.add(new Step("project: trace", l -> reads, l -> {
            JsonNode trace = expect(200, http.get(l.parties.donorUser("auditor"), "GET /api/projects/{id}/trace",
                    "/api/projects/" + l.projectId + "/trace")).json();
            if (trace.path("transferred").decimalValue().compareTo(l.route.budget) != 0) {
                throw new Http.Unexpected("trace of " + l.projectCode + " shows " + trace.path("transferred") + " transferred");
            }
        }, l -> { }));
        return List.copyOf(s);
    }

    private void draftAgreement(Lifecycle l) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("recipientUnion", l.parties.recipient());
        draft.put("title", "职工书屋建设 Worker libraries " + l.number);
        draft.put("focusAreas", List.of("CULTURE", "FACILITY"));
        draft.put("intendedAmount", l.route.budget);
        draft.put("startDate", "2026-01-01");
        draft.put("endDate", "2027-12-31");
        draft.put("description", "Benchmark agreement");
        JsonNode a = expect(201, http.post(l.parties.donorUser("proposer"), "POST /api/agreements", "/api/agreements", draft)).json();
        l.agreementId = a.path("id").asLong();
        l.agreementCode = a.path("code").asText();
    }

    private void proposeProject(Lifecycle l) {
        List<Map<String, Object>> tranches = new ArrayList<>();
        for (int i = 0; i < l.tranches.length; i++) {
            tranches.add(Map.of("amount", l.tranches[i], "plannedOn", "2026-0" + (i * 3 + 3) + "-15"));
        }
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("agreementId", l.agreementId);
        draft.put("recipientUnion", l.parties.recipient());
        draft.put("title", "援疆项目 Benchmark project " + l.number);
        draft.put("type", l.route.type);
        draft.put("focusAreas", List.of("FACILITY"));
        draft.put("budget", l.route.budget);
        draft.put("tranches", tranches);
        draft.put("description", "Benchmark project");
        draft.put("beneficiariesPlanned", 1200);
        JsonNode p = expect(201, http.post(l.parties.donorUser("proposer"), "POST /api/projects", "/api/projects", draft)).json();
        l.projectId = p.path("id").asLong();
        l.projectCode = p.path("code").asText();
    }

    /** Finds the completion report task; the first lifecycle to get here opens it once to see whether it can be done. */
    private void probeCompletion(Lifecycle l) {
        if (completionAvailable.get() == null) {
            String officer = l.parties.recipientUser("officer");
            Http.Response inbox = expect(200, http.get(officer, "GET /api/tasks",
                    "/api/tasks?taskKey=submitCompletionReport&businessKey=" + l.projectCode));
            boolean available = false;
            if (inbox.field("items").size() == 1) {
                String id = inbox.field("items").get(0).path("id").asText();
                available = http.get(officer, "GET /api/tasks/{id}", "/api/tasks/" + id).status() == 200;
            }
            completionAvailable.compareAndSet(null, available);
        }
        l.completion = completionAvailable.get();
    }

    private void verifyLedger() {
        Http.Response verify = new Http(base, new Latencies()).get("acftu.auditor", "GET /api/ledger/verify", "/api/ledger/verify");
        System.out.printf("ledger verify   %s%n", verify.body());
    }

    // ---------------------------------------------------------------- steps that are tasks

    /** A task step that builds its name from the task key, with a tranche number when given. */
    private final class TaskStep {
        final String taskKey;
        final Predicate<Lifecycle> applies;
        final Function<Lifecycle, String> group;
        final Function<Lifecycle, Map<String, Object>> form;
        final Function<Lifecycle, Map<String, Object>> variables;
        final boolean ofAgreement;

        TaskStep(String taskKey, Predicate<Lifecycle> applies, Function<Lifecycle, String> group,
                 Function<Lifecycle, Map<String, Object>> form, Function<Lifecycle, Map<String, Object>> variables,
                 boolean ofAgreement) {
            this.taskKey = taskKey;
            this.applies = applies;
            this.group = group;
            this.form = form;
            this.variables = variables;
            this.ofAgreement = ofAgreement;
        }

        Step step(String name) {
            return new Step(name, applies, l -> completeByRest(l, this), l -> completeByEngine(l, this));
        }
    }

    private Step agreementTask(String taskKey, Function<Lifecycle, String> group,
                               Function<Lifecycle, Map<String, Object>> form, Function<Lifecycle, Map<String, Object>> variables) {
        return new TaskStep(taskKey, l -> true, group, form, variables, true).step(taskKey);
    }

    private Step projectTask(String taskKey, Predicate<Lifecycle> applies, Function<Lifecycle, String> group,
                             Function<Lifecycle, Map<String, Object>> form, Function<Lifecycle, Map<String, Object>> variables) {
        return new TaskStep(taskKey, applies, group, form, variables, false).step(taskKey);
    }

    /** A task of the tranche with this number (the tranche process's business key is the project code too). */
    private Step trancheTask(int tranche, String taskKey, Function<Lifecycle, String> group,
                             Function<Lifecycle, Map<String, Object>> form, Function<Lifecycle, Map<String, Object>> variables) {
        return new TaskStep(taskKey, l -> true, group, form, variables, false).step(taskKey + " #" + tranche);
    }

    /** A signature: the signer uploads the signed copy, then completes the signing task with its document id. */
    private Step signature(String taskKey, Function<Lifecycle, String> group, String signatory) {
        return new Step(taskKey + " (with upload)", l -> true, l -> {
            String user = userOf(group.apply(l));
            long documentId = expect(201, http.uploadPdf(user, "agreementId", l.agreementId)).field("id").asLong();
            completeByRest(l, new TaskStep(taskKey, x -> true, group,
                    x -> Map.of("signatory", signatory, "signedOn", "2026-02-01", "documentId", documentId), x -> Map.of(), true));
        }, l -> completeByEngine(l, new TaskStep(taskKey, x -> true, group, x -> Map.of(), x -> Map.of(), true)));
    }

    private void completeByRest(Lifecycle l, TaskStep step) {
        String user = userOf(step.group.apply(l));
        String businessKey = step.ofAgreement ? l.agreementCode : l.projectCode;
        if (!reads) {
            // the minimal calls: one, by the task key and the case's business key (the server finds the task)
            Http.Response done = expect(200, http.post(user, "POST /api/tasks/complete", "/api/tasks/complete?taskKey="
                    + step.taskKey + "&businessKey=" + java.net.URLEncoder.encode(businessKey, java.nio.charset.StandardCharsets.UTF_8),
                    step.form.apply(l)));
            if (!step.taskKey.equals(done.field("taskKey").asText())) {
                throw new Http.Unexpected("completed " + done.body() + " for " + step.taskKey);
            }
            return;
        }
        Http.Response inbox = expect(200, http.get(user, "GET /api/tasks",
                "/api/tasks?taskKey=" + step.taskKey + "&businessKey=" + businessKey));
        if (inbox.field("items").size() != 1) {
            throw new Http.Unexpected(user + " sees " + inbox.field("items").size() + " " + step.taskKey + " of " + businessKey);
        }
        String id = inbox.field("items").get(0).path("id").asText();
        if (reads) {
            expect(200, http.get(user, "GET /api/tasks/{id}", "/api/tasks/" + id));
        }
        expect(204, http.post(user, "POST /api/tasks/{id}/complete", "/api/tasks/" + id + "/complete", step.form.apply(l)));
    }

    private void completeByEngine(Lifecycle l, TaskStep step) {
        String businessKey = step.ofAgreement ? l.agreementCode : l.projectCode;
        Task task = engine("TaskQuery by business key, task key, group", () -> taskService.createTaskQuery()
                .processInstanceBusinessKey(businessKey).taskDefinitionKey(step.taskKey)
                .taskCandidateGroup(step.group.apply(l)).singleResult());
        if (task == null) {
            throw new Http.Unexpected("no " + step.taskKey + " of " + businessKey + " for " + step.group.apply(l));
        }
        engine("TaskService.complete", () -> {
            taskService.complete(task.getId(), step.variables.apply(l));
            return null;
        });
    }

    private <T> T engine(String kind, java.util.function.Supplier<T> call) {
        long start = System.nanoTime();
        T result = Meters.call(Meters.name(kind), call);
        endpoints.record(kind, System.nanoTime() - start);
        return result;
    }

    private static String userOf(String group) {
        return group.toLowerCase().replace(':', '.');
    }

    private static Http.Response expect(int status, Http.Response response) {
        if (response.status() != status) {
            throw new Http.Unexpected("expected " + status, response);
        }
        return response;
    }
}

package org.aidflow.demo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.aidflow.config.Ldap;
import org.aidflow.demo.ProgramPlan.AgreementPlan;
import org.aidflow.demo.ProgramPlan.ProjectPlan;
import org.aidflow.directory.Directory;
import org.aidflow.directory.Union;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads the whole 2021–2025 program ({@link ProgramPlan}) through the REST API when AidFlow starts
 * with the {@code program} profile: in the background, so that the app serves requests meanwhile,
 * with several workers, each taking one agreement or project at a time to its stage.
 *
 * <p>It loads into an empty database only, and records the plan's seed and scale in
 * {@code program_load}: a restart during the load draws the same plan and goes on (each agreement and
 * project resumes from what the database holds, see {@link ProgramDriver}); a database whose load is
 * finished, or that holds agreements of its own, is left as it is.
 */
@Component
@ConditionalOnProperty(name = "aidflow.program.load", havingValue = "true")
@Conditional(Ldap.Off.class) // it acts as the demo users
public class ProgramLoader {

    private static final Logger log = LoggerFactory.getLogger(ProgramLoader.class);
    static final String ROUND = "2021-2025";

    /** How a load ended: steps and projects done in this run, failures, and the figures it was measured by. */
    public record Result(boolean loaded, int projects, long steps, List<String> failures, long millis, long peakHeapBytes) {
    }

    private final Directory directory;
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final RepositoryService repository;
    private final long seed;
    private final double scale;
    private final int workers;
    private final boolean demoPeople;
    private final CompletableFuture<Result> finished = new CompletableFuture<>();
    private volatile boolean stopping;
    private volatile LoadWorkers workersNow;
    private volatile LoadProgress progress;
    private final java.util.concurrent.ConcurrentSkipListMap<Long, CompletableFuture<Void>> thresholds =
            new java.util.concurrent.ConcurrentSkipListMap<>();

    ProgramLoader(Directory directory, JdbcClient jdbc, ObjectMapper json, TaskService tasks, RuntimeService runtime,
                  HistoryService history, RepositoryService repository,
                  @Value("${aidflow.program.seed:2021}") long seed, @Value("${aidflow.program.scale:1}") double scale,
                  @Value("${aidflow.program.workers:4}") int workers, @Value("${aidflow.demo-data:false}") boolean demoPeople) {
        this.directory = directory;
        this.jdbc = jdbc;
        this.json = json;
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
        this.seed = seed;
        this.scale = scale;
        this.workers = Math.max(1, workers);
        this.demoPeople = demoPeople;
    }

    /** Completes when the load has ended, whichever way (never, while the app stops in the middle of it). */
    public CompletableFuture<Result> finished() {
        return finished;
    }

    /** Completes once this run has done the given number of steps (for a test that stops a load half-way). */
    public CompletableFuture<Void> reached(long steps) {
        CompletableFuture<Void> reached = new CompletableFuture<>();
        thresholds.put(steps, reached);
        stepped();
        return reached;
    }

    private void stepped() {
        LoadProgress p = progress;
        long done = p == null ? 0 : p.steps();
        var due = thresholds.headMap(done, true);
        due.values().forEach(f -> f.complete(null));
        due.clear();
    }

    /** The plan a load with this seed and scale follows, drawn from the directory's 2021–2025 pairings. */
    ProgramPlan plan(long seed, double scale) {
        return ProgramPlan.draw(seed, scale, directory.pairings(ROUND), code -> directory.get(code).nameZh(), this::regionOf);
    }

    @EventListener
    void started(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
        Thread thread = new Thread(() -> {
            try {
                finished.complete(load("http://127.0.0.1:" + port));
            } catch (RuntimeException e) {
                log.error("Program load stopped: {}", e.toString(), e);
                finished.completeExceptionally(e);
            }
        }, "program-load");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops the workers before the web server goes, so that no request is cut off half-way by the shutdown. */
    @EventListener
    void closing(ContextClosedEvent event) {
        stopping = true;
        LoadWorkers w = workersNow;
        if (w != null) {
            w.stop();
        }
    }

    private Result load(String base) {
        if (!demoPeople) {
            log.error("The program is loaded as the demo users, but aidflow.demo-data is off: nothing loaded");
            return skipped();
        }
        ProgramLoad state = ProgramLoad.begin(jdbc, seed, scale);
        if (state == null) {
            return skipped();
        }
        ProgramPlan plan = plan(state.seed(), state.scale());
        progress = new LoadProgress(plan.projects().size(), ProgramEstimate.steps(plan, repository));
        log.info("Program load {}: {} agreements, {} projects (seed {}, scale {}), {} workers", state.resumed() ? "resumed" : "started",
                plan.agreements().size(), plan.projects().size(), state.seed(), state.scale(), workers);
        ProgramDriver driver = new ProgramDriver(new ApiClient(base, json), tasks, runtime, history, jdbc, () -> {
            progress.step();
            if (!thresholds.isEmpty()) {
                stepped();
            }
        }, () -> stopping);
        LoadWorkers pool = new LoadWorkers(workers);
        workersNow = pool;
        if (stopping) {
            pool.stop();
        }
        progress.start();
        try {
            Map<Integer, Long> agreementIds = new ConcurrentHashMap<>();
            pool.runAll(plan.agreements(), a -> agreementIds.put(a.no(), driver.agreement(a)), a -> "agreement " + a.title());
            Map<Integer, AgreementPlan> agreements = new ConcurrentHashMap<>();
            plan.agreements().forEach(a -> agreements.put(a.no(), a));
            List<ProjectPlan> signed = plan.projects().stream().filter(p -> agreementIds.containsKey(p.agreement())).toList();
            pool.runAll(signed, p -> {
                driver.project(p, agreements.get(p.agreement()), agreementIds.get(p.agreement()));
                progress.projectDone();
            }, p -> "project " + p.no() + " " + p.title());
        } finally {
            pool.close();
            progress.stop();
        }
        List<String> failures = pool.failures();
        if (stopping) {
            log.info("Program load paused as AidFlow stops: {}; the next start goes on from here", progress.line());
            return result(false, failures);
        }
        if (failures.isEmpty() && progress.projects() == plan.projects().size()) {
            state.finish(jdbc);
            log.info("Program loaded: {} agreements, {} in {} ({}), peak heap in use {} MB", plan.agreements().size(),
                    progress.line(), LoadProgress.minutes(progress.elapsed().toSeconds()), state.resumed() ? "resumed" : "one run",
                    progress.peakHeapBytes() >> 20);
            return result(true, failures);
        }
        log.warn("Program load ended with {} failures (first: {}); restart AidFlow to try them again",
                failures.size(), failures.isEmpty() ? "-" : failures.get(0));
        return result(false, failures);
    }

    private Result result(boolean loaded, List<String> failures) {
        return new Result(loaded, progress.projects(), progress.steps(), List.copyOf(failures), progress.elapsed().toMillis(),
                progress.peakHeapBytes());
    }

    private static Result skipped() {
        return new Result(false, 0, 0, List.of(), 0, 0);
    }

    private String regionOf(String code) {
        return directory.find(code).map(Union::parentCode).orElse(null);
    }

}

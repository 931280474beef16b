package org.aidflow.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.aidflow.ledger.BenchLedgerWriter;
import org.aidflow.project.ProjectType;

/**
 * {@code GET /api/reports/summary} on a large program, through the REST API of the real application. Not a test.
 *
 * <ol>
 * <li>Fills a fresh database with P projects (default 165,000, 100× the seed program) spread over the 33 real
 * pairings, every project type, realistic focus areas, budgets and statuses, and their hash-chained ledger
 * entries as their status implies (allocation; 1 to 3 tranches transferred and received; spending, refund and
 * refund receipt at completion), about 6 per project, all written in the past two years.</li>
 * <li>Restarts the application on that database, as a deployment restarts on its data: the report's in-memory
 * figures (reporting.ProgramFigures) load in the background from ready on, and the first report waits for them.</li>
 * <li>For each groupBy, as {@code acftu.auditor} (sees every project) and as a donor's auditor ({@code bj.auditor},
 * BJ's projects): the first call, then warm calls (p50/p95/p99); the CSV and XLSX downloads once each; and the
 * same warm call again after 200 projects changed within the last five minutes (which every report reads again).</li>
 * </ol>
 *
 * <pre>
 * java -Xmx1g -cp ... org.aidflow.bench.SummaryBenchmark [projects=165000] [jdbcUrl [user [password]]]
 *      -Dbench.samples=100   measured calls per user and groupBy (after 10 unmeasured ones)
 * </pre>
 * A MariaDB/MySQL URL must name an empty database of its own; add {@code rewriteBatchedStatements=true}.
 */
public final class SummaryBenchmark {

    private static final List<String> GROUP_BYS = List.of("typeGroup", "type", "donor", "recipient", "focusArea", "status");
    private static final List<String> USERS = List.of("acftu.auditor", "bj.auditor");
    private static final int BATCH = 5_000;

    /** Status shares of a program in its later years, in per cent. */
    private static final String[] STATUSES = {"CLOSED", "IN_PROGRESS", "APPROVED", "UNDER_REVIEW", "COMPLETION_REVIEW",
        "REJECTED", "WITHDRAWN", "FAILED"};
    private static final int[] SHARES = {45, 25, 8, 7, 5, 5, 3, 2};

    private final int samples = Integer.getInteger("bench.samples", 100);
    private final List<Parties> parties = Parties.all();

    /** What the fill wrote, to check the report against: projects counted by default and their money, in cents. */
    private long liveProjects;
    private long liveBudget;
    private long liveTransferred;
    private long bjLiveProjects;

    public static void main(String[] args) throws Exception {
        int projects = args.length > 0 ? Integer.parseInt(args[0]) : 165_000;
        SummaryBenchmark bench = new SummaryBenchmark();

        System.out.printf("AidFlow summary report benchmark: %d projects%n", projects);
        System.out.printf("%s at start%n", Machine.load());
        BenchApp app = BenchApp.start(args, 1);
        try {
            long start = System.nanoTime();
            long entries;
            try (Connection c = app.bean(DataSource.class).getConnection()) {
                entries = bench.fill(c, projects, app.h2);
            }
            System.out.printf("filled          %d projects and %d ledger entries in %.1f s  [%s]%n", projects, entries,
                    (System.nanoTime() - start) / 1e9, Machine.load());

            app = app.restart();
            System.out.printf("restarted       ready in %.1f s (SpringApplication.run); the report figures load in the background  [%s]%n",
                    app.secondsSinceRun, Machine.load());
            bench.measure(app);
            System.out.printf("heap at end     %.0f MB in use after GC, max %.0f MB%n", Machine.heapAfterGcMb(), Machine.maxHeapMb());
            System.out.printf("%s at end%n", Machine.load());
        } finally {
            app.close();
        }
    }

    // ---------------------------------------------------------------- the program

    private long fill(Connection c, int projects, boolean h2) throws Exception {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM project")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new IllegalStateException("The database already has projects: give the benchmark an empty one");
            }
        }
        Random random = new Random(165);
        ProjectType[] types = ProjectType.values();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        LocalDateTime first = now.minusDays(730);
        c.setAutoCommit(false);
        BenchLedgerWriter ledger = new BenchLedgerWriter(c, BATCH);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO project (id, code, agreement_id, donor_code, "
                + "recipient_code, region_code, title, project_type, type_group, focus_areas, budget, description, "
                + "beneficiaries_planned, status, process_instance_id, created_by, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int id = 1; id <= projects; id++) {
                int pairing = random.nextInt(parties.size());
                Parties p = parties.get(pairing);
                ProjectType type = types[random.nextInt(types.length)];
                String status = status(random);
                long budgetCents = (5_000_000L + random.nextInt(595_000_000)) / 100 * 100;
                BigDecimal budget = BigDecimal.valueOf(budgetCents, 2);
                LocalDateTime created = first.plusMinutes(random.nextInt(700 * 24 * 60));
                String code = String.format("PRJ-%s-%d-%06d", p.donor(), created.getYear(), id);
                long agreementId = pairing * 10_000L + id % 40;

                LocalDateTime updated = entries(ledger, id, code, agreementId, p, status, budgetCents, created, random);
                insert.setLong(1, id);
                insert.setString(2, code);
                insert.setLong(3, agreementId);
                insert.setString(4, p.donor());
                insert.setString(5, p.recipient());
                insert.setString(6, p.region());
                insert.setString(7, type.name() + " 援疆项目 " + id);
                insert.setString(8, type.name());
                insert.setString(9, type.group().name());
                insert.setString(10, focusAreas(type, random));
                insert.setBigDecimal(11, budget);
                insert.setString(12, "benchmark");
                insert.setInt(13, 200 + random.nextInt(5_000));
                insert.setString(14, status);
                insert.setString(15, null);
                insert.setString(16, p.donorUser("proposer"));
                insert.setTimestamp(17, Timestamp.valueOf(created));
                insert.setTimestamp(18, Timestamp.valueOf(updated));
                insert.addBatch();
                if (!status.equals("REJECTED") && !status.equals("WITHDRAWN")) {
                    liveProjects++;
                    liveBudget += budgetCents;
                    bjLiveProjects += p.donor().equals("BJ") ? 1 : 0;
                }
                if (id % 1_000 == 0) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            insert.executeBatch();
            c.commit();
            ledger.close();
        } finally {
            c.setAutoCommit(true);
        }
        if (h2) {
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE project ALTER COLUMN id RESTART WITH " + (projects + 1));
            }
        }
        return ledger.written();
    }

    private static String status(Random random) {
        int r = random.nextInt(100);
        for (int i = 0; i < SHARES.length; i++) {
            r -= SHARES[i];
            if (r < 0) {
                return STATUSES[i];
            }
        }
        return STATUSES[0];
    }

    private static String focusAreas(ProjectType type, Random random) {
        boolean two = random.nextInt(3) == 0;
        return switch (type.group()) {
            case SERVICE_FACILITY -> two ? "FACILITY,LIVELIHOOD" : "FACILITY";
            case TALENT_INDUSTRY -> two ? "TALENT,LIVELIHOOD" : "TALENT";
            case RELIEF -> "LIVELIHOOD";
            case CULTURE_EDUCATION -> two ? "CULTURE,TALENT" : "CULTURE";
        };
    }

    /** A project's ledger entries as its status implies; returns the time of its last change. */
    private LocalDateTime entries(BenchLedgerWriter ledger, long id, String code, long agreementId, Parties p, String status,
                                  long budgetCents, LocalDateTime created, Random random) throws Exception {
        int tranchesPaid = switch (status) {
            case "UNDER_REVIEW", "REJECTED", "WITHDRAWN" -> -1;
            case "APPROVED" -> 0;
            case "IN_PROGRESS" -> 1 + random.nextInt(3);
            default -> 3;
        };
        if (tranchesPaid < 0) {
            ledger.endProject();
            return created.plusDays(random.nextInt(20));
        }
        LocalDateTime at = created.plusDays(10 + random.nextInt(20));
        ledger.entry(id, code, agreementId, p.donor(), p.recipient(), "ALLOCATION", BigDecimal.valueOf(budgetCents, 2), null,
                null, p.donorUser("leader"), "approveProposalDonor", at);
        long[] tranches = {budgetCents * 40 / 100, budgetCents * 35 / 100, 0};
        tranches[2] = budgetCents - tranches[0] - tranches[1];
        for (int t = 1; t <= tranchesPaid; t++) {
            at = at.plusDays(5 + random.nextInt(60)).plusSeconds(random.nextInt(86_400));
            BigDecimal amount = BigDecimal.valueOf(tranches[t - 1], 2);
            String reference = "BENCH-" + id + "-T" + t;
            ledger.entry(id, code, agreementId, p.donor(), p.recipient(), "TRANSFER", amount, t, reference,
                    p.donorUser("finance"), "recordTransfer", at);
            liveTransferred += tranches[t - 1];
            at = at.plusDays(1 + random.nextInt(5));
            ledger.entry(id, code, agreementId, p.donor(), p.recipient(), "RECEIPT", amount, t, reference,
                    p.recipientUser("finance"), "confirmReceipt", at);
        }
        if (status.equals("COMPLETION_REVIEW") || status.equals("CLOSED") || status.equals("FAILED")) {
            long refund = status.equals("FAILED") || random.nextBoolean() ? budgetCents / 20 : 0;
            at = at.plusDays(30 + random.nextInt(90));
            ledger.entry(id, code, agreementId, p.donor(), p.recipient(), "SPEND", BigDecimal.valueOf(budgetCents - refund, 2),
                    null, null, p.recipientUser("officer"), "submitCompletionReport", at);
            if (refund > 0 && !status.equals("COMPLETION_REVIEW")) {
                String reference = "BENCH-" + id + "-R";
                at = at.plusDays(3 + random.nextInt(20));
                ledger.entry(id, code, agreementId, p.donor(), p.recipient(), "REFUND", BigDecimal.valueOf(refund, 2), null,
                        reference, p.recipientUser("finance"), "recordRefund", at);
                at = at.plusDays(1 + random.nextInt(5));
                ledger.entry(id, code, agreementId, p.donor(), p.recipient(), "REFUND_RECEIPT", BigDecimal.valueOf(refund, 2),
                        null, reference, p.donorUser("finance"), "confirmRefund", at);
            }
        }
        ledger.endProject();
        LocalDateTime latest = LocalDateTime.now(ZoneOffset.UTC).minusDays(1);
        return at.isAfter(latest) ? latest : at;
    }

    // ---------------------------------------------------------------- the report

    private void measure(BenchApp app) throws Exception {
        Latencies firsts = new Latencies();
        Latencies warm = new Latencies();
        Http unmeasured = new Http(app.baseUrl(), new Latencies());

        System.out.println();
        String loadBefore = Machine.load();
        long t0 = System.nanoTime();
        Http.Response response = check(new Http(app.baseUrl(), firsts).get("acftu.auditor",
                "first report after restart (waits for the load)", "/api/reports/summary?groupBy=typeGroup"));
        System.out.printf("first report after restart: %.0f ms, as acftu.auditor, groupBy=typeGroup  [%s before, %s after]%n",
                (System.nanoTime() - t0) / 1e6, loadBefore, Machine.load());
        expect(response, "acftu.auditor", liveProjects, liveBudget, liveTransferred);

        for (String user : USERS) {
            for (String groupBy : GROUP_BYS) {
                String path = "/api/reports/summary?groupBy=" + groupBy;
                response = check(new Http(app.baseUrl(), firsts).get(user, "first call  " + user + "  " + groupBy, path));
                if (user.equals("bj.auditor")) {
                    expect(response, user, bjLiveProjects, -1, -1);
                }
                for (int i = 0; i < 10; i++) {
                    check(unmeasured.get(user, "", path));
                }
            }
        }
        firsts.print("first calls (ms; one sample each)");

        loadBefore = Machine.load();
        Http http = new Http(app.baseUrl(), warm);
        for (String user : USERS) {
            for (String groupBy : GROUP_BYS) {
                for (int i = 0; i < samples; i++) {
                    check(http.get(user, "warm  " + user + "  " + groupBy, "/api/reports/summary?groupBy=" + groupBy));
                }
            }
        }
        warm.print("warm calls, one client (ms)  [" + loadBefore + " before, " + Machine.load() + " after]");

        Latencies downloads = new Latencies();
        Http download = new Http(app.baseUrl(), downloads);
        loadBefore = Machine.load();
        for (String user : USERS) {
            for (String format : List.of("csv", "xlsx")) {
                check(download.get(user, "download " + format + "  " + user + "  type", "/api/reports/summary?groupBy=type&format=" + format));
            }
        }
        downloads.print("downloads, groupBy=type, once each (ms)  [" + loadBefore + " before, " + Machine.load() + " after]");

        // a working day: some projects changed within the settle time, which every report reads again
        try (Connection c = app.bean(DataSource.class).getConnection(); Statement s = c.createStatement()) {
            int changed = s.executeUpdate("UPDATE project SET updated_at = CURRENT_TIMESTAMP(3) WHERE id % 800 = 7");
            System.out.printf("%n%d projects changed now (updated_at), as status changes would%n", changed);
        }
        Latencies recent = new Latencies();
        Http afterChanges = new Http(app.baseUrl(), recent);
        loadBefore = Machine.load();
        for (String user : USERS) {
            for (int i = 0; i < samples; i++) {
                check(afterChanges.get(user, "warm, recent changes  " + user + "  typeGroup", "/api/reports/summary?groupBy=typeGroup"));
            }
        }
        recent.print("warm calls with recent project changes (ms)  [" + loadBefore + " before, " + Machine.load() + " after]");
    }

    /** The totals must be what the fill wrote (budget and transferred unchecked when negative). */
    private static void expect(Http.Response response, String user, long projects, long budgetCents, long transferredCents) {
        var totals = response.field("totals");
        long seen = totals.path("projects").asLong();
        boolean ok = seen == projects
                && (budgetCents < 0 || totals.path("budget").decimalValue().compareTo(BigDecimal.valueOf(budgetCents, 2)) == 0)
                && (transferredCents < 0
                    || totals.path("transferred").decimalValue().compareTo(BigDecimal.valueOf(transferredCents, 2)) == 0);
        if (!ok) {
            throw new IllegalStateException(user + " sees totals " + totals + ", expected " + projects + " projects, budget "
                    + BigDecimal.valueOf(budgetCents, 2) + ", transferred " + BigDecimal.valueOf(transferredCents, 2));
        }
    }

    private static Http.Response check(Http.Response response) {
        if (response.status() != 200) {
            throw new Http.Unexpected("expected 200", response);
        }
        return response;
    }
}

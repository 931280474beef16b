package org.aidflow.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Times GET /api/ledger/verify's work over a large ledger: fills a fresh database with N chained
 * entries over P projects (batched JDBC, the application's own hashing), then runs the verifier
 * and prints entries, seconds and the peak heap used while verifying. Not a test.
 *
 * <pre>
 * java -Xmx256m -cp ... org.aidflow.ledger.LedgerVerifyBenchmark [entries=1000000] [projects=10000] [jdbcUrl] [user] [password]
 * </pre>
 * Without a URL it uses a new H2 file database in a temporary directory, removed at the end. A MySQL/MariaDB URL must
 * name an empty database of its own (the ledger tables are created there); add rewriteBatchedStatements=true.
 */
public final class LedgerVerifyBenchmark {

    private static final EntryType[] CYCLE = {EntryType.TRANSFER, EntryType.RECEIPT};
    private static final int BATCH = 5_000;

    private LedgerVerifyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long entries = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int projects = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path temp = args.length > 2 ? null : Files.createTempDirectory("ledger-bench");
        String url = temp == null ? args[2] : "jdbc:h2:file:" + temp + "/ledger";
        boolean h2 = url.startsWith("jdbc:h2:");
        String user = args.length > 3 ? args[3] : h2 ? "sa" : "root";
        String password = args.length > 4 ? args[4] : "";

        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(url, user, password, true);
        try {
            long start = System.nanoTime();
            try (Connection c = dataSource.getConnection()) {
                createSchema(c, h2);
                fill(c, entries, projects);
            }
            double fillSeconds = (System.nanoTime() - start) / 1e9;

            System.out.printf("database        %s%n", url);
            System.out.printf("filled          %d entries over %d projects in %.1f s%n", entries, projects, fillSeconds);
            for (String run : new String[] {"first", "second"}) {
                System.gc();
                HeapSampler heap = HeapSampler.begin();
                start = System.nanoTime();
                LedgerVerifier.Verification result = new LedgerVerifier(dataSource).verify();
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("verify (%s)  ok=%s entries=%d projects=%d in %.2f s (%.0f entries/s), peak heap used %.1f MB%n",
                        run, result.ok(), result.entries(), result.projects(), seconds, result.entries() / seconds,
                        heap.finish() / 1048576.0);
            }
            System.out.printf("max heap        %.0f MB%n", Runtime.getRuntime().maxMemory() / 1048576.0);
        } finally {
            dataSource.destroy();
            if (temp != null) {
                try (Stream<Path> files = Files.walk(temp)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }

    private static void createSchema(Connection c, boolean h2) throws SQLException, IOException {
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, h2 ? "LEDGER_ENTRY" : "ledger_entry", null)) {
                if (rs.next()) {
                    throw new IllegalStateException("The database already has a ledger: give the benchmark an empty one");
                }
            }
            String script = "db/migration/" + (h2 ? "h2" : "mysql") + "/V3__projects_and_ledger.sql";
            try (InputStream in = LedgerVerifyBenchmark.class.getClassLoader().getResourceAsStream(script)) {
                String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
                for (String statement : sql.split(";\\s*\\n")) {
                    if (!statement.isBlank()) {
                        s.execute(statement);
                    }
                }
            }
        }
    }

    /**
     * Appends N chained entries over projects 1..P (and their ledger_head rows) in batches, committing as it goes.
     * Public for the other benchmarks (org.aidflow.bench.ReadLatencyBenchmark), which fill an application's database.
     */
    public static void fill(Connection c, long entries, int projects) throws SQLException {
        c.setAutoCommit(false);
        String insert = "INSERT INTO ledger_entry (project_id, project_seq, entry_type, amount, project_code, agreement_id, "
                + "donor_code, recipient_code, tranche_no, bank_reference, actor, task_key, task_id, process_instance_id, "
                + "recorded_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        LocalDateTime base = LocalDateTime.of(2026, 1, 1, 0, 0);
        long pending = 0;
        try (PreparedStatement entry = c.prepareStatement(insert);
             PreparedStatement head = c.prepareStatement("INSERT INTO ledger_head (project_id, entries, head_hash) VALUES (?, ?, ?)")) {
            for (int p = 1; p <= projects; p++) {
                long count = entries / projects + (p <= entries % projects ? 1 : 0);
                String prev = LedgerHash.ZERO;
                for (int s = 1; s <= count; s++) {
                    boolean allocation = s == 1;
                    EntryType type = allocation ? EntryType.ALLOCATION : CYCLE[s % 2];
                    Integer tranche = allocation ? null : s / 2;
                    LedgerEntry e = new LedgerEntry(0, p, s, type, BigDecimal.valueOf(1_000_000 + s, 2),
                            String.format("PRJ-BJ-2026-%06d", p), p / 10 + 1, "BJ", "XJ-HT", tranche,
                            allocation ? null : "BENCH-" + p + "-" + tranche, allocation ? "bj.leader" : "bj.finance",
                            allocation ? "allocateFunds" : "recordTransfer", allocation ? null : "task-" + p + "-" + s,
                            "pi-" + p, base.plusSeconds(p * 1000L + s).plusNanos(123_000_000), prev, null);
                    e = e.withHash(LedgerHash.of(e));
                    bind(entry, e);
                    entry.addBatch();
                    prev = e.hash();
                    if (++pending % BATCH == 0) {
                        entry.executeBatch();
                        c.commit();
                    }
                }
                head.setLong(1, p);
                head.setLong(2, count);
                head.setString(3, prev);
                head.addBatch();
                if (p % BATCH == 0) {
                    head.executeBatch();
                }
            }
            entry.executeBatch();
            head.executeBatch();
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static void bind(PreparedStatement s, LedgerEntry e) throws SQLException {
        s.setLong(1, e.projectId());
        s.setInt(2, e.projectSeq());
        s.setString(3, e.type().name());
        s.setBigDecimal(4, e.amount());
        s.setString(5, e.projectCode());
        s.setLong(6, e.agreementId());
        s.setString(7, e.donorUnion());
        s.setString(8, e.recipientUnion());
        s.setObject(9, e.trancheNo());
        s.setString(10, e.bankReference());
        s.setString(11, e.actor());
        s.setString(12, e.taskKey());
        s.setString(13, e.taskId());
        s.setString(14, e.processInstanceId());
        s.setString(15, LedgerTime.toDatabase(e.recordedAt()));
        s.setString(16, e.prevHash());
        s.setString(17, e.hash());
    }

    /** Polls the heap in use every few milliseconds; its maximum is the peak the verification needed (garbage included). */
    private static final class HeapSampler extends Thread {

        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private volatile boolean running = true;
        private volatile long peak;

        static HeapSampler begin() {
            HeapSampler sampler = new HeapSampler();
            sampler.setDaemon(true);
            sampler.start();
            return sampler;
        }

        @Override
        public void run() {
            while (running) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long finish() throws InterruptedException {
            running = false;
            join();
            return peak;
        }
    }
}

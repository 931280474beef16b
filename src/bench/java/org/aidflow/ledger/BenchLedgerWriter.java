package org.aidflow.ledger;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * Writes hash-chained ledger entries and their ledger_head rows straight into an application's
 * database with batched JDBC and the application's own hashing, one project after another, for the
 * benchmarks in org.aidflow.bench (the ledger's types are package-private). Not a test.
 *
 * <p>Call {@link #entry} for the entries of one project in order, then {@link #endProject}; commits
 * every {@code batch} entries; {@link #close} writes and commits the rest. The connection must be
 * the writer's alone while it runs.
 */
public final class BenchLedgerWriter implements AutoCloseable {

    private static final String INSERT = "INSERT INTO ledger_entry (project_id, project_seq, entry_type, amount, project_code, "
            + "agreement_id, donor_code, recipient_code, tranche_no, bank_reference, actor, task_key, task_id, "
            + "process_instance_id, recorded_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Connection c;
    private final int batch;
    private final PreparedStatement entries;
    private final PreparedStatement heads;
    private long pending;
    private long written;

    // the current project
    private long projectId;
    private int projectSeq;
    private String prev = LedgerHash.ZERO;

    public BenchLedgerWriter(Connection c, int batch) throws SQLException {
        this.c = c;
        this.batch = batch;
        c.setAutoCommit(false);
        this.entries = c.prepareStatement(INSERT);
        this.heads = c.prepareStatement("INSERT INTO ledger_head (project_id, entries, head_hash) VALUES (?, ?, ?)");
    }

    /** Appends one entry of the project (the same project until {@link #endProject}); type is an EntryType name. */
    public void entry(long projectId, String projectCode, long agreementId, String donor, String recipient, String type,
                      BigDecimal amount, Integer trancheNo, String bankReference, String actor, String taskKey,
                      LocalDateTime recordedAtUtc) throws SQLException {
        if (projectSeq > 0 && projectId != this.projectId) {
            throw new IllegalStateException("endProject() first");
        }
        this.projectId = projectId;
        projectSeq++;
        LedgerEntry e = new LedgerEntry(0, projectId, projectSeq, EntryType.valueOf(type), amount.setScale(2), projectCode,
                agreementId, donor, recipient, trancheNo, bankReference, actor, taskKey,
                taskKey == null ? null : "task-" + projectId + "-" + projectSeq, "pi-" + projectId,
                recordedAtUtc.withNano(recordedAtUtc.getNano() / 1_000_000 * 1_000_000), prev, null);
        e = e.withHash(LedgerHash.of(e));
        entries.setLong(1, e.projectId());
        entries.setInt(2, e.projectSeq());
        entries.setString(3, e.type().name());
        entries.setBigDecimal(4, e.amount());
        entries.setString(5, e.projectCode());
        entries.setLong(6, e.agreementId());
        entries.setString(7, e.donorUnion());
        entries.setString(8, e.recipientUnion());
        entries.setObject(9, e.trancheNo());
        entries.setString(10, e.bankReference());
        entries.setString(11, e.actor());
        entries.setString(12, e.taskKey());
        entries.setString(13, e.taskId());
        entries.setString(14, e.processInstanceId());
        entries.setString(15, LedgerTime.toDatabase(e.recordedAt()));
        entries.setString(16, e.prevHash());
        entries.setString(17, e.hash());
        entries.addBatch();
        prev = e.hash();
        written++;
        if (++pending % batch == 0) {
            entries.executeBatch();
            heads.executeBatch();
            c.commit();
        }
    }

    /** Ends the current project: its ledger_head row, if it has entries. */
    public void endProject() throws SQLException {
        if (projectSeq > 0) {
            heads.setLong(1, projectId);
            heads.setLong(2, projectSeq);
            heads.setString(3, prev);
            heads.addBatch();
        }
        projectSeq = 0;
        prev = LedgerHash.ZERO;
    }

    public long written() {
        return written;
    }

    @Override
    public void close() throws SQLException {
        endProject();
        try {
            entries.executeBatch();
            heads.executeBatch();
            c.commit();
        } finally {
            entries.close();
            heads.close();
            c.setAutoCommit(true);
        }
    }
}

package org.aidflow.ledger;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.aidflow.project.Project;
import org.aidflow.web.Checks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends entries to a project's hash chain and reads them back. The project's ledger_head row is
 * locked for the append, so entries of one project queue up while other projects go on in parallel.
 */
@Repository
public class LedgerChain {

    static final String COLUMNS = "seq, project_id, project_seq, entry_type, amount, project_code, agreement_id, "
            + "donor_code, recipient_code, tranche_no, bank_reference, actor, task_key, task_id, process_instance_id, "
            + "recorded_at, prev_hash, hash";

    private final JdbcClient jdbc;

    LedgerChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Head(long entries, String hash) {
    }

    /**
     * Records a movement of the project's money (trancheNo and bankReference may be null) in the
     * caller's transaction, which must hold the project's row lock.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public LedgerEntry append(Project p, EntryType type, BigDecimal amount, Integer trancheNo, String bankReference,
                              LedgerStep step) {
        return append(new LedgerEntry(0, p.id(), 0, type, Checks.money(amount), p.code(), p.agreementId(),
                p.donorUnion(), p.recipientUnion(), trancheNo, bankReference, step.actor(), step.taskKey(), step.taskId(),
                step.processInstanceId(), null, null, null));
    }

    /** Chains the draft (its seq, projectSeq, time and hashes are filled in here) and stores it. */
    private LedgerEntry append(LedgerEntry draft) {
        Head head = lockHead(draft.projectId()).orElseGet(() -> {
            jdbc.sql("INSERT INTO ledger_head (project_id, entries, head_hash) VALUES (?, 0, ?)")
                    .params(draft.projectId(), LedgerHash.ZERO).update();
            return new Head(0, LedgerHash.ZERO);
        });
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        LedgerEntry e = new LedgerEntry(0, draft.projectId(), Math.toIntExact(head.entries() + 1), draft.type(),
                draft.amount(), draft.projectCode(), draft.agreementId(), draft.donorUnion(), draft.recipientUnion(),
                draft.trancheNo(), draft.bankReference(), draft.actor(), draft.taskKey(), draft.taskId(),
                draft.processInstanceId(), now, head.hash(), null);
        e = e.withHash(LedgerHash.of(e));
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ledger_entry (project_id, project_seq, entry_type, amount, project_code, agreement_id, "
                        + "donor_code, recipient_code, tranche_no, bank_reference, actor, task_key, task_id, "
                        + "process_instance_id, recorded_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.projectId(), e.projectSeq(), e.type().name(), e.amount(), e.projectCode(), e.agreementId(),
                        e.donorUnion(), e.recipientUnion(), e.trancheNo(), e.bankReference(), e.actor(), e.taskKey(),
                        e.taskId(), e.processInstanceId(), LedgerTime.toDatabase(e.recordedAt()), e.prevHash(), e.hash())
                .update(keys, "seq");
        jdbc.sql("UPDATE ledger_head SET entries = ?, head_hash = ? WHERE project_id = ?")
                .params(e.projectSeq(), e.hash(), e.projectId()).update();
        return e.withSeq(keys.getKey().longValue());
    }

    private Optional<Head> lockHead(long projectId) {
        return jdbc.sql("SELECT entries, head_hash FROM ledger_head WHERE project_id = ? FOR UPDATE")
                .param(projectId).query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).optional();
    }

    public List<LedgerEntry> ofProject(long projectId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ledger_entry WHERE project_id = ? ORDER BY project_seq")
                .param(projectId).query(LedgerChain::map).list();
    }

    List<LedgerEntry> ofAgreement(long agreementId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ledger_entry WHERE agreement_id = ? ORDER BY seq")
                .param(agreementId).query(LedgerChain::map).list();
    }

    static LedgerEntry map(ResultSet rs, int row) throws SQLException {
        return new LedgerEntry(rs.getLong(1), rs.getLong(2), rs.getInt(3), EntryType.valueOf(rs.getString(4)),
                rs.getBigDecimal(5), rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9),
                rs.getObject(10, Integer.class), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                rs.getString(15), LedgerTime.fromDatabase(rs, 16), rs.getString(17), rs.getString(18));
    }
}

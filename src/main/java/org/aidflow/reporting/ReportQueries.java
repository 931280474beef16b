package org.aidflow.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.aidflow.ledger.LedgerSums;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads behind the summary report: project facts and their changes, and (through the ledger's
 * {@link LedgerSums}) the ledger summed per project up to a point and the entries after it. Reads only.
 */
@Repository
class ReportQueries {

    /** The entry types the report sums, in the order of its columns. */
    static final List<String> SUMMED = LedgerSums.SUMMED.stream().map(Enum::name).toList();

    private final JdbcClient jdbc;
    private final LedgerSums ledger;

    ReportQueries(JdbcClient jdbc, LedgerSums ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    /** What the report needs of a project; amounts in cents. */
    record ProjectRow(long id, String donor, String recipient, String type, String typeGroup, String focusAreas,
                      String status, long budgetCents) {
    }

    /** A ledger entry of a summed type; {@code recordedAt} is when it was written (UTC). */
    record EntryRow(long seq, long projectId, String type, long amountCents, Instant recordedAt) {
    }

    /** Every project changed after the given time (all of them for null), by the time its row records. */
    void projectsChangedAfter(Instant after, Consumer<ProjectRow> consumer) {
        String sql = "SELECT id, donor_code, recipient_code, project_type, type_group, focus_areas, status, budget FROM project";
        JdbcClient.StatementSpec statement = after == null ? jdbc.sql(sql)
                : jdbc.sql(sql + " WHERE updated_at > ?").param(Timestamp.from(after));
        statement.query(rs -> {
            consumer.accept(new ProjectRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), cents(rs.getBigDecimal(8))));
        });
    }

    /** The last ledger entry written before the given time, by seq; 0 when there is none. */
    long lastSeqWrittenBefore(Instant before) {
        return ledger.lastSeqWrittenBefore(before);
    }

    /** Sums per project and summed entry type of the ledger entries up to {@code seq}. */
    void sumsUpTo(long seq, SumConsumer consumer) {
        ledger.sumsUpTo(seq, (project, type, sum) -> consumer.accept(project, type.name(), cents(sum)));
    }

    interface SumConsumer {
        void accept(long projectId, String type, long cents);
    }

    /** The ledger entries of summed types after {@code seq}, in seq order. */
    List<EntryRow> entriesAfter(long seq) {
        return ledger.entriesAfter(seq).stream()
                .map(e -> new EntryRow(e.seq(), e.projectId(), e.type().name(), cents(e.amount()), e.recordedAt()))
                .toList();
    }

    /** Exact: DECIMAL(18,2) fits a long in cents. */
    static long cents(BigDecimal amount) {
        return amount == null ? 0 : amount.setScale(2).unscaledValue().longValueExact();
    }
}

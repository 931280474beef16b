package org.aidflow.ledger;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The money figures of projects, summed from their ledger entries and nothing else. */
@Repository
public class LedgerFigures {

    private final JdbcClient jdbc;

    LedgerFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sums per entry type; balance is what the recipient still holds: received less spent and refunded. */
    public record Figures(BigDecimal allocated, BigDecimal transferred, BigDecimal received, BigDecimal spent,
                          BigDecimal refunded) {

        static final Figures NONE = of(new EntrySums(Map.of()));

        static Figures of(EntrySums sums) {
            return new Figures(sums.of(EntryType.ALLOCATION), sums.of(EntryType.TRANSFER), sums.of(EntryType.RECEIPT),
                    sums.of(EntryType.SPEND), sums.of(EntryType.REFUND));
        }

        BigDecimal balance() {
            return received.subtract(spent).subtract(refunded);
        }

        BigDecimal untransferred() {
            return allocated.subtract(transferred);
        }

        Figures plus(Figures o) {
            return new Figures(allocated.add(o.allocated), transferred.add(o.transferred), received.add(o.received),
                    spent.add(o.spent), refunded.add(o.refunded));
        }
    }

    public Figures of(long projectId) {
        return Figures.of(sums(projectId));
    }

    /** The project's entries summed per type, every type included (REFUND_RECEIPT too). */
    public EntrySums sums(long projectId) {
        Map<EntryType, BigDecimal> sums = new EnumMap<>(EntryType.class);
        jdbc.sql("SELECT entry_type, SUM(amount) FROM ledger_entry WHERE project_id = ? GROUP BY entry_type")
                .param(projectId)
                .query(rs -> {
                    sums.put(EntryType.valueOf(rs.getString(1)), rs.getBigDecimal(2));
                });
        return new EntrySums(sums);
    }

    /** Each project's figures, for the projects of one agreement that have ledger entries. */
    Map<Long, Figures> ofAgreement(long agreementId) {
        Map<Long, Map<EntryType, BigDecimal>> sums = new HashMap<>();
        jdbc.sql("SELECT project_id, entry_type, SUM(amount) FROM ledger_entry WHERE agreement_id = ? "
                        + "GROUP BY project_id, entry_type")
                .param(agreementId)
                .query(rs -> {
                    sums.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(EntryType.class))
                            .put(EntryType.valueOf(rs.getString(2)), rs.getBigDecimal(3));
                });
        Map<Long, Figures> figures = new HashMap<>();
        sums.forEach((project, bySum) -> figures.put(project, Figures.of(new EntrySums(bySum))));
        return figures;
    }
}

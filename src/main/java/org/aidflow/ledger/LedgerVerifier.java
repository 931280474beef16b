package org.aidflow.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Recomputes every project's hash chain in one forward-only pass over the ledger, in constant
 * memory: only the state of the project being read is kept. Each entry's hash, its link to the
 * previous entry and its project_seq are checked, and each project's last hash and count are
 * compared with ledger_head, so a removed last entry shows too. Entries come joined to their head,
 * so a project's head is read in the same statement as its last entry.
 * <p>
 * On MySQL one statement is streamed by the driver. On H2 the pass reads keyset pages instead: a
 * long lazy result over a file store can fail with "Chunk not found" when the store reclaims old
 * chunks under it (h2database issue 4142), and a non-lazy one would be copied whole first.
 */
@Component
class LedgerVerifier {

    private static final String ENTRIES = "SELECT e.seq, e.project_id, e.project_seq, e.entry_type, e.amount, "
            + "e.project_code, e.agreement_id, e.donor_code, e.recipient_code, e.tranche_no, e.bank_reference, e.actor, "
            + "e.task_key, e.task_id, e.process_instance_id, e.recorded_at, e.prev_hash, e.hash, h.entries, h.head_hash "
            + "FROM ledger_entry e LEFT JOIN ledger_head h ON h.project_id = e.project_id";
    private static final String ORDER = " ORDER BY e.project_id, e.project_seq";
    private static final int PAGE_SIZE = 5000;
    private static final String PAGE = ENTRIES + " WHERE (e.project_id, e.project_seq) > (?, ?)" + ORDER
            + " FETCH FIRST " + PAGE_SIZE + " ROWS ONLY";
    private static final String HEADS_WITHOUT_ENTRIES = "SELECT MIN(h.project_id) FROM ledger_head h "
            + "WHERE NOT EXISTS (SELECT 1 FROM ledger_entry e WHERE e.project_id = h.project_id)";

    private final DataSource dataSource;

    LedgerVerifier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    record Verification(boolean ok, long entries, long projects, String head, Long firstBadSeq, Long firstBadProjectId) {
    }

    Verification verify() {
        try (Connection connection = dataSource.getConnection()) {
            Scan scan = new Scan();
            if (connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
                readInPages(connection, scan);
            } else {
                stream(connection, scan);
            }
            scan.finishProject();
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery(HEADS_WITHOUT_ENTRIES)) {
                if (rs.next() && rs.getObject(1) != null) {
                    scan.projectBad(rs.getLong(1));
                }
            }
            return scan.result();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot read the fund ledger", e);
        }
    }

    private static void stream(Connection connection, Scan scan) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ENTRIES + ORDER, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(Integer.MIN_VALUE);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    scan.accept(rs);
                }
            }
        }
    }

    private static void readInPages(Connection connection, Scan scan) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(PAGE)) {
            long project = Long.MIN_VALUE;
            int seq = Integer.MIN_VALUE;
            int read;
            do {
                statement.setLong(1, project);
                statement.setInt(2, seq);
                read = 0;
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        LedgerEntry e = scan.accept(rs);
                        project = e.projectId();
                        seq = e.projectSeq();
                        read++;
                    }
                }
            } while (read == PAGE_SIZE);
        }
    }

    /** The running state of one pass: only the current project's chain end is held. */
    private static final class Scan {

        private final MessageDigest heads = LedgerHash.sha256();
        private long entries;
        private long projects;
        private Long firstBadSeq;
        private Long firstBadProject;
        private long project = -1;
        private long count;
        private int expectedSeq;
        private String previous;
        private Long headEntries;
        private String headHash;

        LedgerEntry accept(ResultSet rs) throws SQLException {
            LedgerEntry e = LedgerChain.map(rs, 0);
            if (e.projectId() != project) {
                finishProject();
                project = e.projectId();
                projects++;
                count = 0;
                expectedSeq = 1;
                previous = LedgerHash.ZERO;
            }
            headEntries = rs.getObject(19, Long.class);
            headHash = rs.getString(20);
            entries++;
            count++;
            boolean intact = e.projectSeq() == expectedSeq && previous.equals(e.prevHash())
                    && LedgerHash.of(e).equals(e.hash());
            if (!intact) {
                firstBadSeq = firstBadSeq == null ? e.seq() : Math.min(firstBadSeq, e.seq());
                projectBad(project);
            }
            expectedSeq = e.projectSeq() + 1;
            previous = e.hash();
            return e;
        }

        void finishProject() {
            if (project < 0) {
                return;
            }
            if (headEntries == null || headEntries != count || !previous.equals(headHash)) {
                projectBad(project);
            }
            heads.update((project + ":" + previous + "\n").getBytes(StandardCharsets.US_ASCII));
            project = -1;
        }

        void projectBad(long projectId) {
            firstBadProject = firstBadProject == null ? projectId : Math.min(firstBadProject, projectId);
        }

        Verification result() {
            return new Verification(firstBadProject == null, entries, projects, LedgerHash.hex(heads.digest()),
                    firstBadSeq, firstBadProject);
        }
    }
}

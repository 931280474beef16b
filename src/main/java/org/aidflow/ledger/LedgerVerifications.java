package org.aidflow.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

import org.aidflow.directory.People;
import org.aidflow.notifications.Notifications;
import org.aidflow.security.CurrentUser;
import org.aidflow.web.ApiException;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Runs the ledger verification and keeps a log of every run: when, by whom, how long, and what it
 * found, so the UI can show the chain's last known state without recomputing a million hashes on
 * every page view. One run at a time: a second request while one is under way is refused (409)
 * rather than doubling the load on the database.
 */
@Component
class LedgerVerifications {

    /** One run of the verification: what {@link LedgerVerifier} found, and when, by whom, in how long. */
    record Check(boolean ok, long entries, long projects, String head, Long firstBadSeq, Long firstBadProjectId,
                 long id, Instant checkedAt, String checkedBy, String checkedByName, long millis) {
    }

    private static final String COLUMNS = "v.id, v.checked_at, v.checked_by, p.display_name, v.ok, v.entries, v.projects, "
            + "v.head, v.first_bad_seq, v.first_bad_project_id, v.millis "
            + "FROM ledger_verification v LEFT JOIN person p ON p.username = v.checked_by";

    /** The notification's kind when a verification finds the chain broken. */
    static final String BROKEN = "LEDGER_BROKEN";

    private final LedgerVerifier verifier;
    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final ReentrantLock running = new ReentrantLock();

    LedgerVerifications(LedgerVerifier verifier, JdbcClient jdbc, Notifications notifications) {
        this.verifier = verifier;
        this.jdbc = jdbc;
        this.notifications = notifications;
    }

    /** Verifies the whole ledger now and records the run; 409 while another run is under way. */
    Check run(CurrentUser user) {
        return run(user.username(), user.displayName());
    }

    /**
     * Verifies and records the run for username; a broken chain also notifies the national
     * federation's auditors (LEDGER_BROKEN, with the first broken project's code).
     */
    Check run(String username, String displayName) {
        if (!running.tryLock()) {
            throw ApiException.conflict("ledger.verify.running");
        }
        try {
            Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            long t0 = System.nanoTime();
            LedgerVerifier.Verification v = verifier.verify();
            long millis = (System.nanoTime() - t0) / 1_000_000;
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO ledger_verification (checked_at, checked_by, ok, entries, projects, head, first_bad_seq,
                                                     first_bad_project_id, millis)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(Timestamp.from(started), username, v.ok(), v.entries(), v.projects(), v.head(),
                            v.firstBadSeq(), v.firstBadProjectId(), millis)
                    .update(key, "id");
            long id = key.getKey().longValue();
            if (!v.ok()) {
                String code = v.firstBadProjectId() == null ? null : jdbc.sql("SELECT code FROM project WHERE id = ?")
                        .param(v.firstBadProjectId()).query(String.class).optional().orElse(null);
                // stored once for every reader, so in both languages
                String seq = Objects.toString(v.firstBadSeq(), "?");
                notifications.add(BROKEN, People.group("ACFTU", "auditor"), null, null, null, null, code, null, null,
                        username, "资金台账第 " + seq + " 号记录起与哈希链不符。 The fund ledger no longer matches its hash chain from entry "
                                + seq + " on.");
            }
            return new Check(v.ok(), v.entries(), v.projects(), v.head(), v.firstBadSeq(), v.firstBadProjectId(), id,
                    started, username, displayName, millis);
        } finally {
            running.unlock();
        }
    }

    /** True while a verification runs. */
    boolean isRunning() {
        return running.isLocked();
    }

    /** The runs, newest first. */
    PageResult<Check> latest(Paging paging) {
        List<Check> items = jdbc.sql("SELECT " + COLUMNS + " ORDER BY v.id DESC LIMIT ? OFFSET ?")
                .params(paging.size(), paging.offset()).query(LedgerVerifications::map).list();
        long total = jdbc.sql("SELECT COUNT(*) FROM ledger_verification").query(Long.class).single();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    private static Check map(ResultSet rs, int row) throws SQLException {
        return new Check(rs.getBoolean(5), rs.getLong(6), rs.getLong(7), rs.getString(8), rs.getObject(9, Long.class),
                rs.getObject(10, Long.class), rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                rs.getString(4), rs.getLong(11));
    }
}

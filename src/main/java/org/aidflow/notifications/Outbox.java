package org.aidflow.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.aidflow.web.PageResult.Paging;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactional outbox (table outbox_message). {@link #enqueue} writes one row per person and chosen channel
 * in the transaction of the action that causes the message, so a rolled-back action leaves none and a committed
 * one keeps them through a crash; {@link OutboxSender} delivers them afterwards. Rows are claimed with a lease
 * ({@code claimed_by}, {@code claimed_until}) under {@code SELECT ... FOR UPDATE SKIP LOCKED}: nodes never take
 * the same row at once, and a row whose node died mid-send is taken again once its lease ends (at least once).
 */
@Service
public class Outbox {

    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";

    /** A page of outbox messages, newest first, for administrators. */
    public record Page(List<OutboxMessage> items, int page, int size, long total) {
    }

    private static final String COLUMNS = "id, delivery_id, channel, recipient, address, kind, subject, body, link, status, "
            + "attempts, next_attempt_at, created_at, sent_at, last_error";

    private final JdbcClient jdbc;
    private final PersonChannels channels;
    private final Templates templates;
    private final Map<Channel, Transport> transports;
    private final OutboxSignal signal;
    private final TransactionTemplate transactions;

    Outbox(JdbcClient jdbc, PersonChannels channels, Templates templates, List<Transport> transports, OutboxSignal signal,
           PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.templates = templates;
        this.transports = transports.stream().collect(Collectors.toMap(Transport::channel, Function.identity()));
        this.signal = signal;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Channels this deployment has configured; a person's choice of another one is kept but sends nothing. */
    Set<Channel> enabled() {
        Set<Channel> on = new LinkedHashSet<>();
        for (Channel c : Channel.values()) {
            Transport t = transports.get(c);
            if (t != null && t.enabled()) {
                on.add(c);
            }
        }
        return on;
    }

    /**
     * Writes a message for the notice to each person it reaches (the user, or the group's active members) on each
     * channel they chose that this deployment has; joins the caller's transaction. Answers how many were written.
     */
    int enqueue(Notice notice, List<String> users, List<String> groups) {
        Set<Channel> on = enabled();
        if (on.isEmpty()) {
            return 0;
        }
        Map<String, PersonChannels.Reachable> people = new java.util.LinkedHashMap<>();
        for (String user : users) {
            channels.reachable(user, null).forEach(r -> people.putIfAbsent(r.username(), r));
        }
        for (String group : groups) {
            channels.reachable(null, group).forEach(r -> people.putIfAbsent(r.username(), r));
        }
        String byName = notice.createdBy() == null ? null : jdbc.sql("SELECT display_name FROM person WHERE username = ?")
                .param(notice.createdBy()).query(String.class).optional().orElse(notice.createdBy());
        int written = 0;
        for (PersonChannels.Reachable person : people.values()) {
            Templates.Rendered text = templates.notice(notice, person.settings().language(), byName);
            for (Channel channel : person.settings().channels()) {
                if (on.contains(channel)) {
                    written += insert(person, channel, notice.kind(), text, null) ? 1 : 0;
                }
            }
        }
        if (written > 0) {
            wakeAfterCommit();
        }
        return written;
    }

    /**
     * Writes one message outside any business transaction, once for its dedupe key: a second node (or a second
     * run) writing the same key writes nothing. Answers whether this call wrote it.
     */
    boolean enqueueOnce(PersonChannels.Reachable person, Channel channel, String kind, Templates.Rendered text, String dedupeKey) {
        try {
            boolean written = insert(person, channel, kind, text, dedupeKey);
            signal.wake();
            return written;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    private boolean insert(PersonChannels.Reachable person, Channel channel, String kind, Templates.Rendered text, String dedupeKey) {
        String address = channel == Channel.EMAIL ? person.settings().email() : person.settings().phone();
        if (channel == Channel.EMAIL && address == null) {
            return false;
        }
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("INSERT INTO outbox_message (delivery_id, dedupe_key, channel, recipient, address, kind, subject, body, link, "
                        + "status, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
                .params(UUID.randomUUID().toString(), dedupeKey, channel.name(), person.username(), address, kind,
                        text.subject(), text.body(), text.link(), PENDING, now, now)
                .update();
        return true;
    }

    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    signal.wake();
                }
            });
        } else {
            signal.wake();
        }
    }

    /** Claims up to batch due messages for node until now + lease, in a transaction of its own. */
    List<OutboxMessage> claim(String node, int batch, Duration lease) {
        return transactions.execute(status -> {
            Instant now = Instant.now();
            Timestamp t = Timestamp.from(now);
            List<Long> due = jdbc.sql("SELECT id FROM outbox_message WHERE status = ? AND next_attempt_at <= ? "
                            + "AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")
                    .params(PENDING, t, t, batch).query(Long.class).list();
            if (due.isEmpty()) {
                return List.<OutboxMessage>of();
            }
            // one statement for the batch; the lease condition again, for a node that took a row meanwhile without
            // SKIP LOCKED's help (a database that ignores it): such a row is then left out below
            String ids = due.stream().map(String::valueOf).collect(Collectors.joining(", "));
            String claim = cut(node, 100) + "#" + UUID.randomUUID().toString().substring(0, 8);
            jdbc.sql("UPDATE outbox_message SET claimed_by = ?, claimed_until = ? WHERE id IN (" + ids + ") AND status = ? "
                            + "AND (claimed_until IS NULL OR claimed_until < ?)")
                    .params(claim, Timestamp.from(now.plus(lease)), PENDING, t).update();
            List<Long> mine = jdbc.sql("SELECT id FROM outbox_message WHERE id IN (" + ids + ") AND claimed_by = ?")
                    .param(claim).query(Long.class).list();
            if (mine.isEmpty()) {
                return List.<OutboxMessage>of();
            }
            return jdbc.sql("SELECT " + COLUMNS + " FROM outbox_message WHERE id IN ("
                            + mine.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ") ORDER BY id")
                    .query((rs, n) -> read(rs)).list();
        });
    }

    void sent(long id, Instant at) {
        jdbc.sql("UPDATE outbox_message SET status = ?, sent_at = ?, attempts = attempts + 1, claimed_by = NULL, "
                        + "claimed_until = NULL, last_error = NULL WHERE id = ?")
                .params(SENT, Timestamp.from(at), id).update();
    }

    /** A failed attempt: tried again after the back-off, or FAILED for good after the last attempt. */
    void failed(OutboxMessage m, String error, int maxAttempts, Duration backoff) {
        int attempts = m.attempts() + 1;
        boolean last = attempts >= maxAttempts;
        Duration wait = backoff.multipliedBy(1L << Math.min(attempts - 1, 12));
        if (wait.compareTo(Duration.ofHours(1)) > 0) {
            wait = Duration.ofHours(1);
        }
        String reason = error == null ? "failed" : error.length() > 1000 ? error.substring(0, 1000) : error;
        jdbc.sql("UPDATE outbox_message SET status = ?, attempts = ?, next_attempt_at = ?, claimed_by = NULL, "
                        + "claimed_until = NULL, last_error = ? WHERE id = ?")
                .params(last ? FAILED : PENDING, attempts, Timestamp.from(Instant.now().plus(wait)), reason, m.id())
                .update();
    }

    public long count(String status) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE status = ?").param(status).query(Long.class).single();
    }

    /** Seconds the oldest pending message has waited, 0 without one. */
    public double oldestPendingSeconds() {
        Timestamp oldest = jdbc.sql("SELECT MIN(created_at) FROM outbox_message WHERE status = ?").param(PENDING)
                .query(Timestamp.class).optional().orElse(null);
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), Instant.now()).toMillis() / 1000.0);
    }

    Page list(String status, Paging paging) {
        String where = status == null ? "" : " WHERE status = ?";
        List<Object> params = new ArrayList<>();
        if (status != null) {
            params.add(status);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM outbox_message" + where).params(params).query(Long.class).single();
        params.add(paging.size());
        params.add(paging.offset());
        List<OutboxMessage> items = jdbc.sql("SELECT " + COLUMNS + " FROM outbox_message" + where + " ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(params).query((rs, n) -> read(rs)).list();
        return new Page(items, paging.page(), paging.size(), total);
    }

    private static OutboxMessage read(ResultSet rs) throws SQLException {
        return new OutboxMessage(rs.getLong(1), rs.getString(2), Channel.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getInt(11), instant(rs.getTimestamp(12)), instant(rs.getTimestamp(13)), instant(rs.getTimestamp(14)),
                rs.getString(15));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}

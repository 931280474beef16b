package org.aidflow.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.aidflow.security.CurrentUser;
import org.aidflow.tasks.ReminderLog;
import org.aidflow.web.PageResult.Paging;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Stores notifications, each with its messages to the recipients' channels in the same transaction
 * ({@link Outbox}), and lists those addressed to a person or to one of their groups. Whether
 * one was read is kept per person, so a notice to a group stays unread for each member until they
 * open it themselves.
 */
@Service
public class Notifications implements ReminderLog {

    public record Notification(long id, String kind, String recipientGroup, String recipientUser, String taskId,
                               String taskKey, String taskName, String businessKey, String holderGroup, Instant dueAt,
                               String createdBy, String createdByName, String message, Instant createdAt,
                               boolean read) {
    }

    /** One page of a person's notifications, with how many of all of them they have not read. */
    public record Page(List<Notification> items, int page, int size, long total, long unread) {
    }

    private static final String UNREAD = " AND NOT EXISTS (SELECT 1 FROM notification_read r WHERE r.notification_id = n.id "
            + "AND r.username = ?)";

    private final JdbcClient jdbc;
    private final Outbox outbox;

    Notifications(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    public void add(String kind, String recipientGroup, String recipientUser, String taskId, String taskKey,
                    String taskName, String businessKey, String holderGroup, Date dueAt, String createdBy) {
        add(kind, recipientGroup, recipientUser, taskId, taskKey, taskName, businessKey, holderGroup, dueAt, createdBy, null);
    }

    public void add(String kind, String recipientGroup, String recipientUser, String taskId, String taskKey,
                    String taskName, String businessKey, String holderGroup, Date dueAt, String createdBy,
                    String message) {
        jdbc.sql("INSERT INTO notification (kind, recipient_group, recipient_user, task_id, task_key, task_name, business_key, "
                        + "holder_group, due_at, created_by, message, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(kind, recipientGroup, recipientUser, taskId, taskKey, taskName, businessKey, holderGroup,
                        dueAt == null ? null : new Timestamp(dueAt.getTime()), createdBy, message, Timestamp.from(Instant.now()))
                .update();
        // the one point every notification passes: its messages to the recipients' channels join this transaction
        outbox.enqueue(new Notice(kind, taskId, taskKey, taskName, businessKey, dueAt, createdBy, message),
                recipientUser == null ? List.of() : List.of(recipientUser),
                recipientGroup == null ? List.of() : List.of(recipientGroup));
    }

    public Page forUser(CurrentUser user, Paging paging) {
        long total = jdbc.sql("SELECT COUNT(*) FROM notification n WHERE " + addressed(user))
                .params(addressedTo(user)).query(Long.class).single();
        List<Object> params = new ArrayList<>();
        params.add(user.username());
        params.addAll(addressedTo(user));
        params.add(paging.size());
        params.add(paging.offset());
        List<Notification> items = jdbc.sql("SELECT n.id, n.kind, n.recipient_group, n.recipient_user, n.task_id, n.task_key, "
                        + "n.task_name, n.business_key, n.holder_group, n.due_at, n.created_by, p.display_name, n.message, "
                        + "n.created_at, r.username FROM notification n LEFT JOIN person p ON p.username = n.created_by "
                        + "LEFT JOIN notification_read r ON r.notification_id = n.id AND r.username = ? WHERE " + addressed(user)
                        + " ORDER BY n.id DESC LIMIT ? OFFSET ?")
                .params(params)
                .query((rs, n) -> new Notification(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        instant(rs.getTimestamp(10)), rs.getString(11), rs.getString(12), rs.getString(13),
                        instant(rs.getTimestamp(14)), rs.getString(15) != null))
                .list();
        return new Page(items, paging.page(), paging.size(), total, unread(user));
    }

    public long unread(CurrentUser user) {
        return jdbc.sql("SELECT COUNT(*) FROM notification n WHERE " + addressed(user) + UNREAD)
                .params(unreadParams(user)).query(Long.class).single();
    }

    /** Marks one notification read for this person; false when it is not addressed to them. */
    public boolean markRead(CurrentUser user, long id) {
        List<Object> params = new ArrayList<>();
        params.add(id);
        params.addAll(addressedTo(user));
        if (jdbc.sql("SELECT COUNT(*) FROM notification n WHERE n.id = ? AND " + addressed(user)).params(params)
                .query(Long.class).single() == 0) {
            return false;
        }
        if (jdbc.sql("SELECT COUNT(*) FROM notification_read WHERE notification_id = ? AND username = ?")
                .params(id, user.username()).query(Long.class).single() == 0) {
            read(id, user.username());
        }
        return true;
    }

    public void markAllRead(CurrentUser user) {
        jdbc.sql("SELECT n.id FROM notification n WHERE " + addressed(user) + UNREAD).params(unreadParams(user))
                .query(Long.class).list().forEach(id -> read(id, user.username()));
    }

    /** Reminders are kept as their notices ({@link TaskNotices#REMINDER}). */
    @Override
    public boolean remindedSince(String taskId, String username, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE task_id = ? AND created_by = ? AND kind = ? AND created_at > ?")
                .params(taskId, username, TaskNotices.REMINDER, Timestamp.from(since)).query(Long.class).single() > 0;
    }

    private void read(long id, String username) {
        try {
            jdbc.sql("INSERT INTO notification_read (notification_id, username, read_at) VALUES (?, ?, ?)")
                    .params(id, username, Timestamp.from(Instant.now())).update();
        } catch (DuplicateKeyException alreadyRead) {
            // read at the same moment in another tab: it is read either way
        }
    }

    /** Addressed to the person or to one of their groups; the parameters are {@link #addressedTo}. */
    private static String addressed(CurrentUser user) {
        return "(n.recipient_user = ? OR n.recipient_group IN ("
                + String.join(", ", Collections.nCopies(user.groups().size() + 1, "?")) + "))";
    }

    private static List<Object> addressedTo(CurrentUser user) {
        List<Object> params = new ArrayList<>();
        params.add(user.username());
        params.addAll(user.groups());
        params.add("-");
        return params;
    }

    private static List<Object> unreadParams(CurrentUser user) {
        List<Object> params = addressedTo(user);
        params.add(user.username());
        return params;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}

package org.aidflow.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.aidflow.security.CurrentUser;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Stores notifications and lists those addressed to a person or to one of their groups. */
@Service
public class Notifications {

    public record Notification(long id, String kind, String recipientGroup, String recipientUser, String taskId,
                               String taskKey, String taskName, String businessKey, String holderGroup, Instant dueAt,
                               String createdBy, Instant createdAt) {
    }

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String kind, String recipientGroup, String recipientUser, String taskId, String taskKey,
                    String taskName, String businessKey, String holderGroup, Date dueAt, String createdBy) {
        jdbc.sql("INSERT INTO notification (kind, recipient_group, recipient_user, task_id, task_key, task_name, business_key, "
                        + "holder_group, due_at, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(kind, recipientGroup, recipientUser, taskId, taskKey, taskName, businessKey, holderGroup,
                        dueAt == null ? null : new Timestamp(dueAt.getTime()), createdBy, Timestamp.from(Instant.now()))
                .update();
    }

    public PageResult<Notification> forUser(CurrentUser user, Paging paging) {
        List<Object> params = new ArrayList<>();
        params.add(user.username());
        params.addAll(user.groups());
        String where = " WHERE recipient_user = ? OR recipient_group IN ("
                + String.join(", ", Collections.nCopies(user.groups().size() + 1, "?")) + ")";
        params.add("-");
        long total = jdbc.sql("SELECT COUNT(*) FROM notification" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(paging.size());
        pageParams.add(paging.offset());
        List<Notification> items = jdbc.sql("SELECT id, kind, recipient_group, recipient_user, task_id, task_key, task_name, "
                        + "business_key, holder_group, due_at, created_by, created_at FROM notification" + where
                        + " ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(pageParams)
                .query((rs, n) -> new Notification(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant(), rs.getString(11),
                        rs.getTimestamp(12).toInstant()))
                .list();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }
}

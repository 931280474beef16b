package org.aidflow.desk;

import java.time.Instant;
import java.util.List;

import org.aidflow.security.CurrentUser;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 已办: the tasks a person completed, newest first, each with its case and where the case stands now. Read from
 * AidFlow's audit trail (TASK_COMPLETED by this actor), not Camunda's task history: tasks are completed without
 * being assigned first, so only the audit record names who acted (and, for a stand-in, for whom).
 */
@Service
class DoneTasks {

    record DoneTask(String taskId, String taskKey, String processInstanceId, Instant completedAt, String decision,
                    String comment, String onBehalfOf, String subjectType, long subjectId, Long projectId,
                    Long agreementId, String code, String title, String status) {
    }

    private final JdbcClient jdbc;

    DoneTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public PageResult<DoneTask> list(CurrentUser user, Paging paging) {
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE actor = ? AND action = 'TASK_COMPLETED'")
                .param(user.username()).query(Long.class).single();
        List<DoneTask> items = total == 0 ? List.of() : jdbc.sql("""
                SELECT a.task_id, a.task_key, a.process_instance_id, a.acted_at, a.decision, a.comment, a.on_behalf_of,
                       a.subject_type, a.subject_id,
                       COALESCE(p.code, g.code), COALESCE(p.title, g.title), COALESCE(p.status, g.status)
                FROM audit_record a
                LEFT JOIN project p ON a.subject_type = 'PROJECT' AND p.id = a.subject_id
                LEFT JOIN agreement g ON a.subject_type = 'AGREEMENT' AND g.id = a.subject_id
                WHERE a.actor = ? AND a.action = 'TASK_COMPLETED'
                ORDER BY a.id DESC LIMIT ? OFFSET ?""")
                .params(user.username(), paging.size(), paging.offset())
                .query((rs, n) -> {
                    String type = rs.getString(8);
                    long id = rs.getLong(9);
                    return new DoneTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                            rs.getString(5), rs.getString(6), rs.getString(7), type, id,
                            "PROJECT".equals(type) ? id : null, "AGREEMENT".equals(type) ? id : null,
                            rs.getString(10), rs.getString(11), rs.getString(12));
                })
                .list();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }
}

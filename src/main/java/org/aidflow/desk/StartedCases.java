package org.aidflow.desk;

import java.time.Instant;
import java.util.List;

import org.aidflow.security.CurrentUser;
import org.aidflow.tasks.OpenTask;
import org.aidflow.tasks.OpenTasks;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 我发起的: the agreements and projects a person submitted, newest first, with their status and open steps. */
@Service
class StartedCases {

    record StartedCase(String type, long id, String code, String title, String status, Instant createdAt,
                       Instant updatedAt, List<OpenTask> openTasks) {
    }

    private static final String MINE = """
            SELECT 'AGREEMENT' AS kind, id, code, title, status, created_at, updated_at FROM agreement WHERE created_by = :me
            UNION ALL
            SELECT 'PROJECT' AS kind, id, code, title, status, created_at, updated_at FROM project WHERE created_by = :me""";

    private final JdbcClient jdbc;
    private final OpenTasks openTasks;

    StartedCases(JdbcClient jdbc, OpenTasks openTasks) {
        this.jdbc = jdbc;
        this.openTasks = openTasks;
    }

    @Transactional(readOnly = true)
    public PageResult<StartedCase> list(CurrentUser user, Paging paging) {
        long total = jdbc.sql("SELECT (SELECT COUNT(*) FROM agreement WHERE created_by = :me) + "
                        + "(SELECT COUNT(*) FROM project WHERE created_by = :me)")
                .param("me", user.username()).query(Long.class).single();
        List<StartedCase> items = total == 0 ? List.of() : jdbc.sql("SELECT * FROM (" + MINE + ") S "
                        + "ORDER BY created_at DESC, kind, id DESC LIMIT :size OFFSET :offset")
                .param("me", user.username()).param("size", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> new StartedCase(rs.getString("kind"), rs.getLong("id"), rs.getString("code"),
                        rs.getString("title"), rs.getString("status"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant(), null))
                .list();
        return new PageResult<>(items.stream().map(c -> new StartedCase(c.type(), c.id(), c.code(), c.title(), c.status(),
                c.createdAt(), c.updatedAt(), openTasks.of(c.code()))).toList(), paging.page(), paging.size(), total);
    }
}

package org.aidflow.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.aidflow.web.PageResult.Paging;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows of a table of proposals (agreements, projects): each has an id, a code, a status and the
 * process instance that carries it. Reads are open to every feature; the writes stay protected, so
 * that each feature's own repository decides who may change its rows.
 */
public abstract class ProposalRows<T> {

    protected final JdbcClient jdbc;
    private final String table;
    private final String columns;
    private final RowMapper<T> rows;

    protected ProposalRows(JdbcClient jdbc, String table, String columns, RowMapper<T> rows) {
        this.jdbc = jdbc;
        this.table = table;
        this.columns = columns;
        this.rows = rows;
    }

    public Optional<T> find(long id) {
        return jdbc.sql("SELECT " + columns + " FROM " + table + " WHERE id = ?").param(id).query(rows).optional();
    }

    /** Reads the row with a lock, so that concurrent changes to the same proposal queue up. */
    public Optional<T> lock(long id) {
        return jdbc.sql("SELECT " + columns + " FROM " + table + " WHERE id = ? FOR UPDATE").param(id).query(rows).optional();
    }

    /** The code and the process instance, known once the row has its id and its process has started. */
    protected void writeCodeAndProcess(long id, String code, String processInstanceId) {
        jdbc.sql("UPDATE " + table + " SET code = ?, process_instance_id = ? WHERE id = ?")
                .params(code, processInstanceId, id).update();
    }

    protected void writeStatus(long id, Enum<?> status) {
        jdbc.sql("UPDATE " + table + " SET status = ?, updated_at = ? WHERE id = ?")
                .params(status.name(), Timestamp.from(Instant.now()), id).update();
    }

    /** The page of rows the query matches, newest first. */
    protected PageResult<T> page(ListQuery query, Paging paging) {
        return query.page(jdbc, table, columns, rows, paging);
    }
}

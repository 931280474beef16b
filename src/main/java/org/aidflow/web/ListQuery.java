package org.aidflow.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.aidflow.web.PageResult.Paging;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A list of agreements or projects as the list pages filter it: the conditions the caller asks for,
 * each only when given, then the total and one page, newest first.
 */
public final class ListQuery {

    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> params = new ArrayList<>();

    /**
     * Rows whose donor is one of {@code donors} or whose recipient is one of {@code recipients}. A
     * placeholder value ("-") keeps each IN list non-empty, which SQL requires.
     */
    public ListQuery parties(Collection<String> donors, Collection<String> recipients) {
        where.append(" AND (donor_code IN (").append(placeholders(donors.size() + 1))
                .append(") OR recipient_code IN (").append(placeholders(recipients.size() + 1)).append("))");
        params.addAll(donors);
        params.add("-");
        params.addAll(recipients);
        params.add("-");
        return this;
    }

    /** The column equals the value (an enum's name for an enum); no condition for null or blank text. */
    public ListQuery equal(String column, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            where.append(" AND ").append(column).append(" = ?");
            params.add(value instanceof Enum<?> constant ? constant.name() : value);
        }
        return this;
    }

    /** The title or the code contains the text, taken literally ('%' and '_' are no wildcards); none for blank. */
    public ListQuery titleOrCode(String text) {
        if (text != null && !text.isBlank()) {
            where.append(" AND (title LIKE ? ESCAPE '!' OR code LIKE ? ESCAPE '!')");
            String like = "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            params.add(like);
            params.add(like);
        }
        return this;
    }

    /** The matching rows' total, and the page of them, by id descending. */
    public <T> PageResult<T> page(JdbcClient jdbc, String table, String columns, RowMapper<T> rows, Paging paging) {
        long total = jdbc.sql("SELECT COUNT(*) FROM " + table + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(paging.size());
        pageParams.add(paging.offset());
        List<T> items = jdbc.sql("SELECT " + columns + " FROM " + table + where + " ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(pageParams).query(rows).list();
        return new PageResult<>(items, paging.page(), paging.size(), total);
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}

package org.aidflow.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.aidflow.directory.Directory;
import org.aidflow.directory.People;
import org.aidflow.directory.Union;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the directory of people for the administrator: by name, union, role and state, a page at a time. */
@Component
class PeopleSearch {

    private static final String COLUMNS = "SELECT p.username, p.display_name, p.display_name_en, p.union_code, p.email, "
            + "p.phone, p.disabled, p.password_change_required, p.created_at, p.updated_at FROM person p";

    private final JdbcClient jdbc;
    private final Directory directory;

    PeopleSearch(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** {@code q} matches the user name or either name, anywhere; {@code role} a membership in the person's union. */
    PageResult<PersonView> search(String q, String union, String role, Boolean disabled, Paging paging) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (q != null && !q.isBlank()) {
            String like = "%" + q.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            where.append(" AND (LOWER(p.username) LIKE ? ESCAPE '!' OR LOWER(p.display_name) LIKE ? ESCAPE '!'"
                    + " OR LOWER(p.display_name_en) LIKE ? ESCAPE '!')");
            Collections.addAll(params, like, like, like);
        }
        if (union != null && !union.isBlank()) {
            where.append(" AND p.union_code = ?");
            params.add(union);
        }
        if (role != null && !role.isBlank()) {
            if (People.ADMIN_ROLE.equals(role)) {
                where.append(" AND EXISTS (SELECT 1 FROM ACT_ID_MEMBERSHIP m WHERE m.USER_ID_ = p.username AND m.GROUP_ID_ = ?)");
                params.add(People.ADMIN_GROUP);
            } else {
                where.append(" AND EXISTS (SELECT 1 FROM ACT_ID_MEMBERSHIP m WHERE m.USER_ID_ = p.username "
                        + "AND m.GROUP_ID_ = CONCAT(p.union_code, ?))");
                params.add(":" + role);
            }
        }
        if (disabled != null) {
            where.append(" AND p.disabled = ?");
            params.add(disabled);
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM person p" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(paging.size());
        pageParams.add(paging.offset());
        List<Row> rows = jdbc.sql(COLUMNS + where + " ORDER BY p.username LIMIT ? OFFSET ?").params(pageParams)
                .query(PeopleSearch::row).list();
        return new PageResult<>(views(rows), paging.page(), paging.size(), total);
    }

    Optional<PersonView> find(String username) {
        return jdbc.sql(COLUMNS + " WHERE p.username = ?").param(username).query(PeopleSearch::row).optional()
                .map(row -> views(List.of(row)).get(0));
    }

    /** The roles of every person on the page, read in one query. */
    private List<PersonView> views(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> roles = new HashMap<>();
        jdbc.sql("SELECT USER_ID_, GROUP_ID_ FROM ACT_ID_MEMBERSHIP WHERE USER_ID_ IN ("
                        + String.join(", ", Collections.nCopies(rows.size(), "?")) + ") ORDER BY GROUP_ID_")
                .params(rows.stream().map(Row::username).toList())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> roles.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(People.role(e.getValue())));
        return rows.stream().map(r -> {
            Union union = directory.find(r.union()).orElse(null);
            return new PersonView(r.username(), r.displayName(), r.displayNameEn(), r.union(),
                    union == null ? null : union.nameZh(), union == null ? null : union.nameEn(),
                    union == null ? null : union.level(), roles.getOrDefault(r.username(), List.of()).stream().sorted().toList(),
                    r.email(), r.phone(), r.disabled(), r.passwordChangeRequired(), r.createdAt(), r.updatedAt());
        }).toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getBoolean(7), rs.getBoolean(8), rs.getTimestamp(9).toInstant(), rs.getTimestamp(10).toInstant());
    }

    private record Row(String username, String displayName, String displayNameEn, String union, String email, String phone,
                       boolean disabled, boolean passwordChangeRequired, java.time.Instant createdAt, java.time.Instant updatedAt) {
    }
}

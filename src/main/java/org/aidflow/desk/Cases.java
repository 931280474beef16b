package org.aidflow.desk;

import java.util.Optional;

import org.aidflow.audit.AuditTrail.Subject;
import org.aidflow.security.CurrentUser;
import org.aidflow.security.Visibility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An agreement or project as the desk needs it, found by id or by its code (the business key of its processes). */
@Component
class Cases {

    record Case(Subject type, long id, String code, String title, String status, String donor, String recipient,
                String createdBy) {

        Long projectId() {
            return type == Subject.PROJECT ? id : null;
        }

        Long agreementId() {
            return type == Subject.AGREEMENT ? id : null;
        }
    }

    private static final String COLUMNS = "id, code, title, status, donor_code, recipient_code, created_by";

    private final JdbcClient jdbc;
    private final Visibility visibility;

    Cases(JdbcClient jdbc, Visibility visibility) {
        this.jdbc = jdbc;
        this.visibility = visibility;
    }

    Optional<Case> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return one(Subject.PROJECT, "code", code).or(() -> one(Subject.AGREEMENT, "code", code));
    }

    Optional<Case> byId(Subject type, long id) {
        return one(type, "id", id);
    }

    boolean canSee(CurrentUser user, Case c) {
        return visibility.canSee(user, c.donor(), c.recipient());
    }

    private Optional<Case> one(Subject type, String column, Object value) {
        String table = type == Subject.PROJECT ? "project" : "agreement";
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + table + " WHERE " + column + " = ?").param(value)
                .query((rs, n) -> new Case(type, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .optional();
    }
}

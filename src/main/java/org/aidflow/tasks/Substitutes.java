package org.aidflow.tasks;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.aidflow.audit.AuditRecord;
import org.aidflow.audit.AuditTrail;
import org.aidflow.directory.People;
import org.aidflow.directory.Person;
import org.aidflow.security.CurrentUser;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 代理: while away, a person (A) names a stand-in (B) of the same union holding every role A holds, for a period
 * of days. During it the tasks assigned to A personally reach B's inbox too and B may act on them; the audit
 * record says "B for A" ({@link AuditRecord#onBehalfOf}). Tasks offered to A's groups reach B anyway (the same
 * roles), so only personal assignments need the stand-in. One setting per person; a new one replaces it.
 */
@Service
public class Substitutes {

    static final ZoneId PROGRAM_TIME = ZoneId.of("Asia/Shanghai");
    static final int MAX_DAYS = 366;

    public record Substitute(String username, String standIn, String standInName, LocalDate from, LocalDate to,
                             boolean activeToday) {
    }

    private final JdbcClient jdbc;
    private final People people;
    private final AuditTrail audit;
    private final ObjectMapper json;

    Substitutes(JdbcClient jdbc, People people, AuditTrail audit, ObjectMapper json) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.json = json;
    }

    static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(PROGRAM_TIME).toLocalDate();
    }

    /** The people this person stands in for today, in order. */
    public List<String> principalsToday(String standIn) {
        Date today = Date.valueOf(today());
        return jdbc.sql("SELECT username FROM task_substitute WHERE stand_in = ? AND starts_on <= ? AND ends_on >= ? ORDER BY username")
                .params(standIn, today, today).query(String.class).list();
    }

    /** Whom this person acts for on a task assigned to {@code assignee}: that assignee if a principal today, else empty. */
    public Optional<String> standsInFor(String standIn, String assignee) {
        if (assignee == null || assignee.equals(standIn)) {
            return Optional.empty();
        }
        return principalsToday(standIn).contains(assignee) ? Optional.of(assignee) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public Optional<Substitute> of(String username) {
        LocalDate today = today();
        return jdbc.sql("SELECT s.username, s.stand_in, p.display_name, s.starts_on, s.ends_on FROM task_substitute s "
                        + "LEFT JOIN person p ON p.username = s.stand_in WHERE s.username = ?")
                .param(username)
                .query((rs, n) -> {
                    LocalDate from = rs.getDate(4).toLocalDate();
                    LocalDate to = rs.getDate(5).toLocalDate();
                    return new Substitute(rs.getString(1), rs.getString(2), rs.getString(3), from, to,
                            !today.isBefore(from) && !today.isAfter(to));
                })
                .optional();
    }

    /** The settings naming this person as the stand-in, current or to come. */
    @Transactional(readOnly = true)
    public List<Substitute> standingInFor(String standIn) {
        LocalDate today = today();
        return jdbc.sql("SELECT s.username, s.stand_in, p.display_name, s.starts_on, s.ends_on FROM task_substitute s "
                        + "LEFT JOIN person p ON p.username = s.username WHERE s.stand_in = ? AND s.ends_on >= ? ORDER BY s.starts_on")
                .params(standIn, Date.valueOf(today))
                .query((rs, n) -> {
                    LocalDate from = rs.getDate(4).toLocalDate();
                    LocalDate to = rs.getDate(5).toLocalDate();
                    return new Substitute(rs.getString(1), rs.getString(2), rs.getString(3), from, to,
                            !today.isBefore(from) && !today.isAfter(to));
                })
                .list();
    }

    @Transactional
    public Substitute set(CurrentUser user, String standIn, LocalDate from, LocalDate to) {
        if (user.unionCode() == null || user.groups().isEmpty()) {
            throw ApiException.forbidden();
        }
        new Checks().require("standIn", standIn).require("from", from).require("to", to).throwIfAny();
        LocalDate today = today();
        new Checks().check(!to.isBefore(from), "to", "substitute.endsBeforeStart")
                .check(!to.isBefore(today), "to", "substitute.inThePast")
                .check(from.plusDays(MAX_DAYS).isAfter(to), "to", "substitute.tooLong", MAX_DAYS)
                .throwIfAny();
        if (standIn.equals(user.username())) {
            throw ApiException.badRequest("standIn", "substitute.self");
        }
        Person person = standIn.length() <= 64 && people.isActive(standIn) ? people.find(standIn).orElse(null) : null;
        if (person == null || !user.unionCode().equals(person.unionCode())
                || !new HashSet<>(person.groups()).containsAll(user.groups())) {
            throw ApiException.badRequest("standIn", "substitute.notEligible");
        }
        jdbc.sql("DELETE FROM task_substitute WHERE username = ?").param(user.username()).update();
        jdbc.sql("INSERT INTO task_substitute (username, stand_in, starts_on, ends_on, set_at) VALUES (?, ?, ?, ?, ?)")
                .params(user.username(), standIn, Date.valueOf(from), Date.valueOf(to), Timestamp.from(Instant.now()))
                .update();
        record(user, "SUBSTITUTE_SET", "{\"standIn\":" + quoted(standIn) + ",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");
        return of(user.username()).orElseThrow();
    }

    @Transactional
    public void clear(CurrentUser user) {
        if (jdbc.sql("DELETE FROM task_substitute WHERE username = ?").param(user.username()).update() > 0) {
            record(user, "SUBSTITUTE_CLEARED", null);
        }
    }

    private void record(CurrentUser user, String action, String details) {
        long personId = people.state(user.username()).map(s -> s.id()).orElse(0L);
        audit.record(AuditRecord.of(AuditTrail.Subject.PERSON, personId, action, user.username()).withDetails(details));
    }

    private String quoted(String text) {
        try {
            return json.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

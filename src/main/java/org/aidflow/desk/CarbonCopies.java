package org.aidflow.desk;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aidflow.audit.AuditRecord;
import org.aidflow.audit.AuditTrail;
import org.aidflow.directory.People;
import org.aidflow.directory.Person;
import org.aidflow.notifications.Notifications;
import org.aidflow.security.CurrentUser;
import org.aidflow.tasks.Inbox;
import org.aidflow.web.ApiException;
import org.aidflow.web.ApiException.FieldProblem;
import org.aidflow.web.Checks;
import org.aidflow.web.PageResult.Paging;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 抄送: whoever holds a task, or the case's proposer, copies colleagues on the case for their information. Only
 * people who may already see the case (security.Visibility: the donor's or the recipient's union or a union
 * above it) may be copied, so a copy gives nobody access they did not have; anyone else is refused with the
 * reason (400). The copied person finds the case in 抄送我的 with an unread mark and a notice (Notifications).
 */
@Service
class CarbonCopies {

    static final String KIND = "CC";
    static final int MAX_PEOPLE = 20;
    static final int MAX_COMMENT = 2000;

    record Copy(long id, String subjectType, long subjectId, Long projectId, Long agreementId, String code, String title,
                String status, String taskId, String copiedBy, String copiedByName, String comment, Instant copiedAt,
                Instant readAt) {
    }

    record Page(List<Copy> items, int page, int size, long total, long unread) {
    }

    private final JdbcClient jdbc;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final Inbox inbox;
    private final Cases cases;
    private final People people;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final ObjectMapper json;

    CarbonCopies(JdbcClient jdbc, TaskService tasks, RuntimeService runtime, HistoryService history, Inbox inbox, Cases cases,
                 People people, AuditTrail audit, Notifications notifications, ObjectMapper json) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.inbox = inbox;
        this.cases = cases;
        this.people = people;
        this.audit = audit;
        this.notifications = notifications;
        this.json = json;
    }

    @Transactional
    public void copy(CurrentUser user, String taskId, List<String> usernames, String comment) {
        Task task = taskId == null || taskId.length() > 64 ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw goneOrUnknown(user, taskId);
        }
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        Cases.Case c = cases.byCode(instance == null ? null : instance.getBusinessKey())
                .filter(found -> cases.canSee(user, found) || inbox.visible(user, taskId).isPresent())
                .orElseThrow(ApiException::notFound);
        boolean holder = inbox.visible(user, taskId).isPresent();
        boolean proposer = user.username().equals(c.createdBy());
        if (!(holder || proposer) || !user.mayChange(holder ? inbox.candidateGroups(taskId) : List.of())) {
            throw ApiException.forbidden();
        }
        new Checks().require("usernames", usernames).maxLength("comment", comment, MAX_COMMENT).throwIfAny();
        Set<String> to = new LinkedHashSet<>(usernames);
        new Checks().check(to.size() <= MAX_PEOPLE, "usernames", "cc.tooMany", MAX_PEOPLE).throwIfAny();
        List<FieldProblem> problems = new ArrayList<>();
        for (String username : to) {
            String refusal = refusal(user, c, username);
            if (refusal != null) {
                problems.add(new FieldProblem("usernames", refusal, username));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        String remark = comment == null || comment.isBlank() ? null : comment;
        Timestamp now = Timestamp.from(Instant.now());
        for (String username : to) {
            jdbc.sql("INSERT INTO case_copy (subject_type, subject_id, code, task_id, username, copied_by, comment, copied_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(c.type().name(), c.id(), c.code(), taskId, username, user.username(), remark, now)
                    .update();
            notifications.add(KIND, null, username, taskId, task.getTaskDefinitionKey(), task.getName(), c.code(), null,
                    task.getDueDate(), user.username(), remark);
        }
        audit.record(AuditRecord.of(c.type(), c.id(), "CASE_COPIED", user.username())
                .inTask(task.getTaskDefinitionKey(), taskId, task.getProcessInstanceId())
                .withComment(remark).withDetails(details(Map.of("to", List.copyOf(to)))));
    }

    /** Why this person may not be copied, as a message key, or null. */
    private String refusal(CurrentUser user, Cases.Case c, String username) {
        if (username == null || username.isBlank() || username.length() > 64) {
            return "cc.unknownPerson";
        }
        if (username.equals(user.username())) {
            return "cc.self";
        }
        Person person = people.isActive(username) ? people.find(username).orElse(null) : null;
        if (person == null) {
            return "cc.unknownPerson";
        }
        CurrentUser them = new CurrentUser(person.username(), person.displayName(), person.unionCode(), person.roles(),
                Set.copyOf(person.groups()));
        return cases.canSee(them, c) ? null : "cc.cannotSee";
    }

    private ApiException goneOrUnknown(CurrentUser user, String taskId) {
        HistoricTaskInstance done = taskId == null || taskId.length() > 64 ? null
                : history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (done != null && done.getProcessInstanceId() != null) {
            HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                    .processInstanceId(done.getProcessInstanceId()).singleResult();
            if (instance != null && cases.byCode(instance.getBusinessKey()).filter(c -> cases.canSee(user, c)).isPresent()) {
                return ApiException.conflict("task.gone");
            }
        }
        return ApiException.notFound();
    }

    @Transactional(readOnly = true)
    public Page mine(CurrentUser user, Boolean unreadOnly, Paging paging) {
        String unread = Boolean.TRUE.equals(unreadOnly) ? " AND c.read_at IS NULL" : "";
        long total = jdbc.sql("SELECT COUNT(*) FROM case_copy c WHERE c.username = ?" + unread).param(user.username())
                .query(Long.class).single();
        long unreadCount = jdbc.sql("SELECT COUNT(*) FROM case_copy c WHERE c.username = ? AND c.read_at IS NULL")
                .param(user.username()).query(Long.class).single();
        List<Copy> items = total == 0 ? List.of() : jdbc.sql("""
                SELECT c.id, c.subject_type, c.subject_id, c.code, COALESCE(p.title, g.title), COALESCE(p.status, g.status),
                       c.task_id, c.copied_by, b.display_name, c.comment, c.copied_at, c.read_at
                FROM case_copy c
                LEFT JOIN project p ON c.subject_type = 'PROJECT' AND p.id = c.subject_id
                LEFT JOIN agreement g ON c.subject_type = 'AGREEMENT' AND g.id = c.subject_id
                LEFT JOIN person b ON b.username = c.copied_by
                WHERE c.username = ?""" + unread + " ORDER BY c.id DESC LIMIT ? OFFSET ?")
                .params(user.username(), paging.size(), paging.offset())
                .query((rs, n) -> {
                    String type = rs.getString(2);
                    long id = rs.getLong(3);
                    Timestamp read = rs.getTimestamp(12);
                    return new Copy(rs.getLong(1), type, id, "PROJECT".equals(type) ? id : null, "AGREEMENT".equals(type) ? id : null,
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10), rs.getTimestamp(11).toInstant(), read == null ? null : read.toInstant());
                })
                .list();
        return new Page(items, paging.page(), paging.size(), total, unreadCount);
    }

    /** Marks one of the caller's copies read; someone else's copy does not exist for them (404). */
    @Transactional
    public void markRead(CurrentUser user, long id) {
        int found = jdbc.sql("UPDATE case_copy SET read_at = COALESCE(read_at, ?) WHERE id = ? AND username = ?")
                .params(Timestamp.from(Instant.now()), id, user.username()).update();
        if (found == 0) {
            throw ApiException.notFound();
        }
    }

    private String details(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

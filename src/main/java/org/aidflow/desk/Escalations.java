package org.aidflow.desk;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.aidflow.directory.Directory;
import org.aidflow.directory.Union;
import org.aidflow.notifications.Notifications;
import org.aidflow.tasks.Inbox;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalation in steps, counted in working days around each open task's due date: a reminder to its holder two
 * working days before (DUE_SOON), the holding union's leader at the due date (the tasks' own overdue timer,
 * {@code notifyOverdue}), and the union above five working days after (ESCALATED: the region's leader for a
 * prefecture, the national federation's officers for a region or a donor province). Each step once per task: its
 * row in {@code task_escalation} is claimed before the notice is written (several nodes may run the check), and
 * every notice goes through {@link Notifications}, so it reaches e-mail and WeCom too.
 */
@Service
class Escalations {

    static final String DUE_SOON = "DUE_SOON";
    static final String ESCALATED = "ESCALATED";
    static final String ABOVE = "ABOVE";
    static final int BEFORE = 2;
    static final int AFTER = 5;
    /** Two working days before a due date lie at most this many calendar days before it (the Spring Festival). */
    private static final long HORIZON_DAYS = 20;
    private static final int BATCH = 500;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final Inbox inbox;
    private final WorkingDays workingDays;
    private final Directory directory;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    Escalations(TaskService tasks, RuntimeService runtime, Inbox inbox, WorkingDays workingDays, Directory directory,
                Notifications notifications, JdbcClient jdbc, TransactionTemplate transaction) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.inbox = inbox;
        this.workingDays = workingDays;
        this.directory = directory;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Scheduled(cron = "${aidflow.escalation.cron:0 */15 * * * *}", zone = "Asia/Shanghai")
    void scheduled() {
        check(ClockUtil.getCurrentTime());
    }

    /** Sends the steps due at {@code now}; answers how many notices it wrote. */
    int check(Date now) {
        Date horizon = Date.from(now.toInstant().plusSeconds(HORIZON_DAYS * 86_400));
        List<Task> due = tasks.createNativeTaskQuery().sql("SELECT RES.* FROM ACT_RU_TASK RES WHERE RES.DUE_DATE_ IS NOT NULL "
                        + "AND RES.DUE_DATE_ <= #{horizon} AND NOT EXISTS (SELECT 1 FROM task_escalation E "
                        + "WHERE E.task_id = RES.ID_ AND E.step = 'ABOVE') ORDER BY RES.DUE_DATE_, RES.ID_")
                .parameter("horizon", horizon).listPage(0, BATCH);
        int sent = 0;
        for (Task task : due) {
            sent += escalate(task, now);
        }
        return sent;
    }

    /** The steps of one task due at {@code now}, each sent once; answers how many notices it wrote. */
    int escalate(Task task, Date now) {
        int sent = 0;
        Date dueAt = task.getDueDate();
        if (!now.before(workingDays.plus(dueAt, -BEFORE))) {
            // past the due date already: the overdue notice says more than "due soon"
            sent += once(task, DUE_SOON, now.before(dueAt) ? this::dueSoon : t -> List.of());
        }
        if (!now.before(workingDays.plus(dueAt, AFTER))) {
            sent += once(task, ABOVE, this::above);
        }
        return sent;
    }

    private interface Step {
        List<String> send(Task task);
    }

    /** Claims the step's row and sends its notices in one transaction; a step already claimed sends nothing. */
    private int once(Task task, String step, Step send) {
        Integer count = transaction.execute(status -> {
            try {
                jdbc.sql("INSERT INTO task_escalation (task_id, step, sent_at) VALUES (?, ?, ?)")
                        .params(task.getId(), step, Timestamp.from(Instant.now())).update();
            } catch (DuplicateKeyException e) {
                return 0;
            }
            List<String> to = send.send(task);
            jdbc.sql("UPDATE task_escalation SET sent_to = ? WHERE task_id = ? AND step = ?")
                    .params(to.isEmpty() ? null : String.join(",", to), task.getId(), step).update();
            return to.size();
        });
        return count == null ? 0 : count;
    }

    /** To the assignee, or while nobody holds the task, to each of its candidate groups. */
    private List<String> dueSoon(Task task) {
        List<String> groups = inbox.candidateGroups(task.getId());
        String businessKey = businessKey(task);
        if (task.getAssignee() != null) {
            notifications.add(DUE_SOON, null, task.getAssignee(), task.getId(), task.getTaskDefinitionKey(), task.getName(),
                    businessKey, groups.isEmpty() ? null : groups.get(0), task.getDueDate(), null);
            return List.of(task.getAssignee());
        }
        for (String group : groups) {
            notifications.add(DUE_SOON, group, null, task.getId(), task.getTaskDefinitionKey(), task.getName(), businessKey,
                    group, task.getDueDate(), null);
        }
        return groups;
    }

    /** To the union above each union the task is offered to. */
    private List<String> above(Task task) {
        String businessKey = businessKey(task);
        List<String> sentTo = new ArrayList<>();
        for (String group : inbox.candidateGroups(task.getId())) {
            String union = group.substring(0, group.indexOf(':'));
            String above = directory.find(union).map(Union::parentCode).filter(p -> p != null && !p.isBlank()).orElse("ACFTU");
            if (union.equals("ACFTU")) {
                continue;
            }
            String to = above.equals("ACFTU") ? "ACFTU:officer" : above + ":leader";
            if (!sentTo.contains(to)) {
                notifications.add(ESCALATED, to, null, task.getId(), task.getTaskDefinitionKey(), task.getName(), businessKey,
                        group, task.getDueDate(), null);
                sentTo.add(to);
            }
        }
        return sentTo;
    }

    private String businessKey(Task task) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        return instance == null ? null : instance.getBusinessKey();
    }
}

package org.aidflow.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.aidflow.security.CurrentUser;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads tasks as a person may see them: offered to one of their groups or assigned to them.
 * Anything else is "not found", whether or not it exists.
 */
@Service
public class Inbox {


    private final TaskService tasks;
    private final HistoryService history;
    private final ProcessEngineConfigurationImpl engine;
    private final JdbcClient jdbc;
    private final Substitutes substitutes;

    Inbox(TaskService tasks, HistoryService history, ProcessEngineConfigurationImpl engine,
          JdbcClient jdbc, Substitutes substitutes) {
        this.substitutes = substitutes;
        this.tasks = tasks;
        this.history = history;
        this.engine = engine;
        this.jdbc = jdbc;
    }

    public record Filter(String taskKey, String businessKey, Boolean overdue) {
    }

    /**
     * From this many visible tasks on, the first pages are read in creation order from the tasks' create-time
     * index, each task checked for the user's groups, and the scan stops after the page: a group holding an eighth
     * of 100,000 tasks finds its newest 20 within about 160 rows (2 to 20 ms on H2, 20 ms on MariaDB), where
     * joining all its 12,500 tasks and sorting them takes 50 to 100 ms. Fewer visible tasks would make the scan
     * long, so they are joined. MariaDB/MySQL would rather scan and sort the whole table (1 s) unless told to use
     * the index, and the index gives the order only with the task id descending as the tie-break (ORDER).
     */
    static final long DENSE = 2_000;
    /** DENSE, lowered only by tests that compare the two ways of reading a page. */
    private volatile long denseThreshold = DENSE;
    /** Deeper pages than this are joined, as the scan in creation order would pass too many rows first. */
    static final long DENSE_DEPTH = 400;

    /**
     * One page of the tasks the user may see, newest first. A native query rather than a TaskQuery: the
     * TaskQuery's "candidate group or assignee" left-joins every task to its identity links and filters
     * after the join, so it reads all open tasks twice (page and count): about 400 ms at 100,000 open tasks on
     * H2, 450 to 650 ms on MariaDB, whoever asks.
     * Here the candidate tasks come from the identity links' group index and the assigned ones from the
     * assignee index; with a business key the execution's business key index leads instead. A filtered list
     * is counted only when the page does not tell its total; the unfiltered one is counted first (see DENSE).
     */
    public PageResult<TaskView> list(CurrentUser user, Filter filter, Paging paging) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> principals = substitutes.principalsToday(user.username());
        String from = visibleFrom(user, principals, filter, parameters);
        if (!filtered(filter) && !user.groups().isEmpty()) {
            // the unfiltered inbox, the one every person opens: count first, then choose how to read the page
            long total = count(countSql(user, principals, filter, from), parameters);
            String pageFrom = total >= denseThreshold && paging.offset() + paging.size() <= DENSE_DEPTH
                    ? creationOrderFrom(user, principals) : from;
            return new PageResult<>(views(page(pageFrom, parameters, paging)), paging.page(), paging.size(), total);
        }
        List<Task> page = page(from, parameters, paging);
        long total;
        if (page.size() < paging.size() && (!page.isEmpty() || paging.offset() == 0)) {
            total = paging.offset() + page.size();
        } else {
            total = count(countSql(user, principals, filter, from), parameters);
        }
        return new PageResult<>(views(page), paging.page(), paging.size(), total);
    }

    /** For tests: from how many visible tasks on the unfiltered first pages are read in creation order. */
    void denseThreshold(long tasks) {
        this.denseThreshold = tasks;
    }

    /** Newest first; on a tie (MySQL keeps seconds) the greater id, which the create-time index holds too. */
    private static final String ORDER = " ORDER BY RES.CREATE_TIME_ DESC, RES.ID_ DESC";

    private List<Task> page(String from, Map<String, Object> parameters, Paging paging) {
        NativeTaskQuery query = tasks.createNativeTaskQuery().sql("SELECT RES.* " + from + ORDER);
        parameters.forEach(query::parameter);
        return query.listPage(paging.offset(), paging.size());
    }

    private long count(String sql, Map<String, Object> parameters) {
        NativeTaskQuery query = tasks.createNativeTaskQuery().sql(sql);
        parameters.forEach(query::parameter);
        return query.count();
    }

    /**
     * The unfiltered visible tasks as a scan of the tasks with a check per task (same parameters as visibleFrom).
     * The check is a correlated count, not EXISTS: MariaDB turns "OR EXISTS" into a materialized list of all the
     * group's links (25 ms for 12,500) where one lookup per task scanned by its id costs nothing.
     */
    private String creationOrderFrom(CurrentUser user, List<String> principals) {
        String type = engine.getDatabaseType();
        String byCreateTime = "mysql".equals(type) || "mariadb".equals(type) ? " FORCE INDEX (ACT_IDX_TASK_CREATE)" : "";
        return "FROM ACT_RU_TASK RES" + byCreateTime + " WHERE (" + assigned("RES", principals) + " OR (SELECT COUNT(*) "
                + "FROM ACT_RU_IDENTITYLINK I WHERE I.TASK_ID_ = RES.ID_ AND " + candidate(user.groups().size()) + ") > 0)";
    }

    private static boolean filtered(Filter filter) {
        return (filter.businessKey() != null && !filter.businessKey().isBlank())
                || (filter.taskKey() != null && !filter.taskKey().isBlank()) || filter.overdue() != null;
    }

    /**
     * Without a filter, the count reads only the identity links and the assignee index: joined to the tasks,
     * MariaDB would scan every task first for a group that holds many (1.2 s for 12,500 of 100,000).
     */
    private static String countSql(CurrentUser user, List<String> principals, Filter filter, String from) {
        if (filtered(filter) || user.groups().isEmpty()) {
            return "SELECT COUNT(*) " + from;
        }
        return "SELECT COUNT(*) FROM (" + visibleIds(user.groups().size(), principals) + ") V";
    }

    /**
     * Assigned to the user, or (代理) to someone they stand in for today: parameters assignee, principal0, ...
     * Without a stand-in setting the condition stays the one equality the assignee index serves.
     */
    private static String assigned(String alias, List<String> principals) {
        if (principals.isEmpty()) {
            return alias + ".ASSIGNEE_ = #{assignee}";
        }
        StringBuilder sql = new StringBuilder(alias).append(".ASSIGNEE_ IN (#{assignee}");
        for (int i = 0; i < principals.size(); i++) {
            sql.append(", #{principal").append(i).append('}');
        }
        return sql.append(')').toString();
    }

    /** The identity links of the user's groups, parameters group0, group1, ... */
    private static String candidate(int groups) {
        StringBuilder sql = new StringBuilder("I.TYPE_ = 'candidate' AND I.TASK_ID_ IS NOT NULL AND I.GROUP_ID_ IN (");
        for (int i = 0; i < groups; i++) {
            sql.append(i == 0 ? "" : ", ").append("#{group").append(i).append('}');
        }
        return sql.append(')').toString();
    }

    /** The ids of the tasks offered to one of the user's groups or assigned to the user, each once. */
    private static String visibleIds(int groups, List<String> principals) {
        return "SELECT I.TASK_ID_ AS VISIBLE_ID_ FROM ACT_RU_IDENTITYLINK I WHERE " + candidate(groups)
                + " UNION SELECT A.ID_ FROM ACT_RU_TASK A WHERE " + assigned("A", principals);
    }

    /**
     * FROM and WHERE of the tasks offered to one of the user's groups (assigned or not) or assigned to
     * the user, as the TaskQuery {@code or().taskCandidateGroupIn(groups).includeAssignedTasks().taskAssignee(user)}
     * selects them, with the filter's conditions; every value is a bound parameter.
     */
    private static String visibleFrom(CurrentUser user, List<String> principals, Filter filter, Map<String, Object> parameters) {
        parameters.put("assignee", user.username());
        for (int i = 0; i < principals.size(); i++) {
            parameters.put("principal" + i, principals.get(i));
        }
        List<String> groups = List.copyOf(user.groups());
        for (int i = 0; i < groups.size(); i++) {
            parameters.put("group" + i, groups.get(i));
        }
        String candidate = candidate(groups.size());
        boolean byBusinessKey = filter.businessKey() != null && !filter.businessKey().isBlank();
        StringBuilder sql = new StringBuilder();
        if (byBusinessKey) {
            parameters.put("businessKey", filter.businessKey());
            sql.append("FROM ACT_RU_TASK RES INNER JOIN ACT_RU_EXECUTION E ON RES.PROC_INST_ID_ = E.ID_ ")
                    .append("WHERE E.BUSINESS_KEY_ = #{businessKey} AND (").append(assigned("RES", principals));
            if (!groups.isEmpty()) {
                sql.append(" OR EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK I WHERE I.TASK_ID_ = RES.ID_ AND ")
                        .append(candidate).append(')');
            }
            sql.append(')');
        } else if (groups.isEmpty()) {
            sql.append("FROM ACT_RU_TASK RES WHERE ").append(assigned("RES", principals));
        } else {
            sql.append("FROM ACT_RU_TASK RES INNER JOIN (").append(visibleIds(groups.size(), principals))
                    .append(") V ON V.VISIBLE_ID_ = RES.ID_ WHERE 1 = 1");
        }
        if (filter.taskKey() != null && !filter.taskKey().isBlank()) {
            parameters.put("taskKey", filter.taskKey());
            sql.append(" AND RES.TASK_DEF_KEY_ = #{taskKey}");
        }
        Date now = ClockUtil.getCurrentTime();
        if (Boolean.TRUE.equals(filter.overdue())) {
            parameters.put("now", now);
            sql.append(" AND RES.DUE_DATE_ < #{now}");
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            parameters.put("now", now);
            sql.append(" AND (RES.DUE_DATE_ > #{now} OR RES.DUE_DATE_ IS NULL)");
        }
        return sql.toString();
    }

    /**
     * The ids of the open tasks with this task key on the process instance with this business key that the user may
     * see (a candidate or the assignee), at most {@code limit}: the inbox's filtered read, without the page's views.
     */
    List<String> idsOf(CurrentUser user, String taskKey, String businessKey, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        String from = visibleFrom(user, substitutes.principalsToday(user.username()), new Filter(taskKey, businessKey, null),
                parameters);
        // the ids only, by JDBC: the engine's native query would map every column of each task into a TaskEntity
        return jdbc.sql("SELECT RES.ID_ " + from.replaceAll("#\\{(\\w+)}", ":$1") + " ORDER BY RES.ID_ LIMIT " + limit)
                .params(parameters).query(String.class).list();
    }

    /** The task if the user may see it (a candidate or the assignee). */
    public Optional<Task> visible(CurrentUser user, String taskId) {
        return workItem(user, taskId, false).map(WorkItem::task);
    }

    /**
     * An open task as the one who acts on it needs it: the engine's task, the groups it is offered to, its
     * business key, the whole-number variables of its process instance (agreementId, projectId, trancheNo, ...),
     * whether a return waits at its step (退回 with resumeHere) and whether it has signers (加签).
     */
    record WorkItem(Task task, List<String> candidateGroups, String businessKey, Map<String, Long> numbers,
                    boolean returnWaits, boolean hasSigners) {

        Long number(String name) {
            return numbers.get(name);
        }
    }

    /**
     * The open task if the user may act on it, in two round trips where a TaskQuery and the reads around it took
     * seven: the task's row (with {@code lock}, locked until the transaction ends: see {@link TaskLocks}) and one
     * read of the rest ({@link #FACTS}).
     */
    Optional<WorkItem> workItem(CurrentUser user, String taskId, boolean lock) {
        if (taskId == null || taskId.length() > 64) {
            return Optional.empty();
        }
        Task task = tasks.createNativeTaskQuery().sql("SELECT RES.* FROM ACT_RU_TASK RES WHERE RES.ID_ = #{id}"
                + (lock ? " FOR UPDATE" : "")).parameter("id", taskId).singleResult();
        if (task == null) {
            return Optional.empty();
        }
        List<String> groups = new ArrayList<>();
        Map<String, Long> numbers = new HashMap<>();
        String[] businessKey = new String[1];
        boolean[] returnWaits = new boolean[1];
        boolean[] hasSigners = new boolean[1];
        String instance = task.getProcessInstanceId();
        jdbc.sql(FACTS).params(instance, task.getTaskDefinitionKey(), taskId, taskId, taskId, instance, instance)
                .query(rs -> {
                    String value = rs.getString(2);
                    long number = rs.getLong(3);
                    switch (rs.getString(1)) {
                        case "R" -> returnWaits[0] = number > 0;
                        case "S" -> hasSigners[0] = number > 0;
                        case "G" -> groups.add(value);
                        case "B" -> businessKey[0] = value;
                        default -> {
                            if (!rs.wasNull()) {
                                numbers.put(value, number);
                            }
                        }
                    }
                });
        groups.sort(null);
        WorkItem item = new WorkItem(task, List.copyOf(groups), businessKey[0], Map.copyOf(numbers), returnWaits[0],
                hasSigners[0]);
        return mayAct(user, task, item.candidateGroups()) ? Optional.of(item) : Optional.empty();
    }

    /**
     * A variable's whole number if it is the process instance's, NULL if it is a task's own: the reads test
     * {@code TASK_ID_} in what they select, not in their WHERE, because a WHERE with {@code TASK_ID_ IS NULL} led
     * H2 (before its statistics) to Camunda's index on TASK_ID_, and so through every process-level variable of
     * every instance for the few of one: that read grew with the database (docs/performance.md).
     */
    private static final String PROCESS_LEVEL_LONG = "CASE WHEN V.TASK_ID_ IS NULL THEN V.LONG_ END";

    /**
     * What {@link #workItem} reads besides the task's row, one row per fact, kind first: R and S count the returns
     * waiting at the task's step and the task's signers (AidFlow's tables give numbers only, so that no text of
     * differently collated tables meets in the union); G the candidate groups; B the process instance's business
     * key; V its whole-number variables. Parameters: process instance, task key, task id (three times), process
     * instance (twice).
     */
    static final String FACTS = "SELECT 'R' AS K, NULL AS S, COUNT(*) AS N FROM task_return "
            + "WHERE process_instance_id = ? AND to_activity = ? AND state = 'OPEN' "
            + "UNION ALL SELECT 'S', NULL, COUNT(*) FROM task_signer WHERE task_id = ? OR signer_task_id = ? "
            + "UNION ALL SELECT 'G', I.GROUP_ID_, NULL FROM ACT_RU_IDENTITYLINK I "
            + "WHERE I.TASK_ID_ = ? AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ IS NOT NULL "
            + "UNION ALL SELECT 'B', E.BUSINESS_KEY_, NULL FROM ACT_RU_EXECUTION E WHERE E.ID_ = ? "
            + "UNION ALL SELECT 'V', V.NAME_, " + PROCESS_LEVEL_LONG + " FROM ACT_RU_VARIABLE V "
            + "WHERE V.EXECUTION_ID_ = ? AND V.TYPE_ IN ('long', 'integer', 'short')";

    /** The task as the inbox lists it, from what {@link #workItem} read: no further reads. */
    TaskView view(WorkItem item) {
        Task t = item.task();
        return new TaskView(t.getId(), t.getTaskDefinitionKey(), t.getName(), processKey(t.getProcessDefinitionId()),
                item.businessKey(), item.number(ProcessVariables.PROJECT_ID), item.number(ProcessVariables.AGREEMENT_ID),
                instant(t.getCreateTime()), instant(t.getDueDate()),
                t.getDueDate() != null && t.getDueDate().before(ClockUtil.getCurrentTime()), t.getAssignee());
    }

    /** Was this a task the user could have acted on, now completed? (409 rather than 404.) */
    public boolean wasVisibleAndIsGone(CurrentUser user, String taskId) {
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        if (done == null || done.getEndTime() == null) {
            return false;
        }
        if (user.username().equals(done.getAssignee()) || substitutes.standsInFor(user.username(), done.getAssignee()).isPresent()) {
            return true;
        }
        return history.createHistoricIdentityLinkLogQuery().taskId(taskId).type(IdentityLinkType.CANDIDATE).list()
                .stream().anyMatch(link -> link.getGroupId() != null && user.groups().contains(link.getGroupId()));
    }

    /**
     * A candidate or the assignee, within the one rule of every write ({@link CurrentUser#mayChange}):
     * an auditor acts only on a task offered to their own group, never on one merely assigned to them.
     */
    boolean mayAct(CurrentUser user, Task task) {
        return mayAct(user, task, null);
    }

    /** As {@link #mayAct(CurrentUser, Task)}, with the task's candidate groups when already read (else null). */
    private boolean mayAct(CurrentUser user, Task task, List<String> candidateGroups) {
        boolean assignee = user.username().equals(task.getAssignee())
                || substitutes.standsInFor(user.username(), task.getAssignee()).isPresent();
        if (assignee && user.mayChange(List.of())) {
            return true;
        }
        List<String> groups = candidateGroups != null ? candidateGroups : candidateGroups(task.getId());
        return (assignee || groups.stream().anyMatch(user.groups()::contains)) && user.mayChange(groups);
    }

    /**
     * The groups the task is offered to, in one read of its identity links (through TaskService it
     * took four: the task, its execution and process definition, then the links).
     */
    public List<String> candidateGroups(String taskId) {
        return jdbc.sql("SELECT GROUP_ID_ FROM ACT_RU_IDENTITYLINK WHERE TASK_ID_ = ? AND TYPE_ = ? AND GROUP_ID_ IS NOT NULL "
                        + "ORDER BY GROUP_ID_")
                .params(taskId, IdentityLinkType.CANDIDATE)
                .query(String.class)
                .list();
    }

    public List<TaskView> views(List<Task> page) {
        Map<String, String> businessKeys = new HashMap<>();
        Map<String, Map<String, Long>> ids = subjects(page.stream().map(Task::getProcessInstanceId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()), businessKeys);
        Date now = ClockUtil.getCurrentTime();
        List<TaskView> views = new ArrayList<>();
        for (Task t : page) {
            Map<String, Long> subject = ids.getOrDefault(t.getProcessInstanceId(), Map.of());
            views.add(new TaskView(t.getId(), t.getTaskDefinitionKey(), t.getName(), processKey(t.getProcessDefinitionId()),
                    businessKeys.get(t.getProcessInstanceId()), subject.get(ProcessVariables.PROJECT_ID),
                    subject.get(ProcessVariables.AGREEMENT_ID),
                    instant(t.getCreateTime()), instant(t.getDueDate()),
                    t.getDueDate() != null && t.getDueDate().before(now), t.getAssignee()));
        }
        return views;
    }

    /**
     * The business keys (into {@code businessKeys}) and the agreement and project ids of these process instances, in
     * one read of the instances joined to those two variables (a process instance query and a variable query took two).
     */
    private Map<String, Map<String, Long>> subjects(Set<String> processInstanceIds, Map<String, String> businessKeys) {
        Map<String, Map<String, Long>> result = new HashMap<>();
        if (processInstanceIds.isEmpty()) {
            return result;
        }
        List<String> instances = List.copyOf(processInstanceIds);
        String in = String.join(", ", java.util.Collections.nCopies(instances.size(), "?"));
        jdbc.sql("SELECT E.ID_, E.BUSINESS_KEY_, V.NAME_, " + PROCESS_LEVEL_LONG + " FROM ACT_RU_EXECUTION E "
                        + "LEFT JOIN ACT_RU_VARIABLE V ON V.EXECUTION_ID_ = E.ID_ AND V.NAME_ IN ('"
                        + ProcessVariables.AGREEMENT_ID + "', '" + ProcessVariables.PROJECT_ID + "') "
                        + "AND V.TYPE_ IN ('long', 'integer', 'short') "
                        + "WHERE E.ID_ IN (" + in + ")")
                .params(instances)
                .query(rs -> {
                    String instance = rs.getString(1);
                    businessKeys.put(instance, rs.getString(2));
                    String name = rs.getString(3);
                    long value = rs.getLong(4);
                    if (name != null && !rs.wasNull()) {
                        result.computeIfAbsent(instance, k -> new HashMap<>()).put(name, value);
                    }
                });
        return result;
    }

    static String processKey(String processDefinitionId) {
        return processDefinitionId == null ? null : processDefinitionId.substring(0, processDefinitionId.indexOf(':'));
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

}

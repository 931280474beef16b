package org.aidflow.tasks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.aidflow.audit.AuditTrail;
import org.aidflow.directory.People;
import org.aidflow.security.CurrentUser;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 转办: hands a task to a colleague in one of its candidate groups (same union, same role). The
 * assignment, its audit record and what others do on {@link TaskDelegated} (the new holder is told) commit together.
 */
@Service
class TaskDelegation {

    private static final int MAX_COLLEAGUES = 200;

    /** Someone the task may be handed to, and the candidate group through which they may take it. */
    record Colleague(String username, String displayName, String group) {
    }

    private final TaskAccess access;
    private final TaskLocks locks;
    private final TaskService tasks;
    private final IdentityService identity;
    private final EngineUser engineUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final People people;

    TaskDelegation(TaskAccess access, TaskLocks locks, TaskService tasks, IdentityService identity, EngineUser engineUser,
                   AuditTrail audit, ApplicationEventPublisher events, ObjectMapper json, People people) {
        this.people = people;
        this.access = access;
        this.locks = locks;
        this.tasks = tasks;
        this.identity = identity;
        this.engineUser = engineUser;
        this.audit = audit;
        this.events = events;
        this.json = json;
    }

    /** The active members of the task's candidate groups other than the caller and the current assignee. */
    @Transactional(readOnly = true)
    public List<Colleague> colleagues(CurrentUser user, String taskId) {
        TaskAccess.Access task = access.toAct(user, taskId);
        Set<String> skip = new LinkedHashSet<>(Arrays.asList(user.username(), task.open().getAssignee()));
        List<Colleague> result = new ArrayList<>();
        for (String group : task.candidateGroups()) {
            for (User u : identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().listPage(0, MAX_COLLEAGUES)) {
                if (skip.add(u.getId()) && people.isActive(u.getId())) {
                    result.add(new Colleague(u.getId(), name(u), group));
                }
            }
        }
        return result;
    }

    @Transactional
    public void delegate(CurrentUser user, String taskId, String to, String comment) {
        locks.lock(taskId);
        TaskAccess.Access task = access.toAct(user, taskId);
        String assignee = task.open().getAssignee();
        if (assignee != null && !assignee.equals(user.username())) {
            throw ApiException.conflict("task.heldByOther");
        }
        new Checks().require("to", to).maxLength("comment", comment, TaskComments.MAX_LENGTH).throwIfAny();
        if (to.equals(user.username())) {
            throw ApiException.badRequest("to", "task.delegateToSelf");
        }
        String group = eligibleGroup(to, task.candidateGroups())
                .orElseThrow(() -> ApiException.badRequest("to", "task.delegateNotEligible"));
        String remark = comment == null || comment.isBlank() ? null : comment;
        engineUser.run(user.username(), () -> tasks.setAssignee(taskId, to));
        audit.record(task.audit("TASK_DELEGATED").withComment(remark).withDetails(details(to)));
        events.publishEvent(new TaskDelegated(taskId, task.taskKey(), task.taskName(), task.businessKey(),
                task.open().getDueDate(), user.username(), to, group, remark));
    }

    private Optional<String> eligibleGroup(String username, List<String> groups) {
        if (username.length() > 64) {
            return Optional.empty();
        }
        if (!people.isActive(username)) {
            return Optional.empty();
        }
        return groups.stream()
                .filter(g -> identity.createUserQuery().userId(username).memberOfGroup(g).count() > 0)
                .findFirst();
    }

    private String details(String to) {
        try {
            return json.writeValueAsString(Map.of("to", to));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(User u) {
        String name = ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
                + (u.getLastName() == null ? "" : u.getLastName())).strip();
        return name.isEmpty() ? u.getId() : name;
    }
}

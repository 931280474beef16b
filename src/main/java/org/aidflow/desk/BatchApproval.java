package org.aidflow.desk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aidflow.security.CurrentUser;
import org.aidflow.tasks.Inbox;
import org.aidflow.tasks.TaskCompletion;
import org.aidflow.web.ApiException;
import org.aidflow.web.Checks;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * 批量审批: one decision on several tasks of the same kind. The batch itself opens no transaction: each task is
 * checked against its form and completed by {@link TaskCompletion#complete} in its own, so one refusal (someone
 * else took the task, the form refuses the values for this case) leaves the others done, and every task's
 * answer says which.
 */
@Service
class BatchApproval {

    static final int MAX_TASKS = 50;

    enum Outcome { DONE, REFUSED }

    record Result(String taskId, Outcome status, int statusCode, String reason) {
    }

    private final Inbox inbox;
    private final TaskCompletion completion;
    private final MessageSource messages;

    BatchApproval(Inbox inbox, TaskCompletion completion, MessageSource messages) {
        this.inbox = inbox;
        this.completion = completion;
        this.messages = messages;
    }

    public List<Result> approve(CurrentUser user, List<String> taskIds, Map<String, Object> values) {
        new Checks().require("taskIds", taskIds == null || taskIds.isEmpty() ? null : taskIds).require("values", values)
                .throwIfAny();
        Set<String> ids = new LinkedHashSet<>(taskIds);
        new Checks().check(ids.size() <= MAX_TASKS, "taskIds", "batch.tooMany", MAX_TASKS)
                .check(ids.stream().allMatch(id -> id != null && !id.isBlank() && id.length() <= 64), "taskIds", "batch.badId")
                .throwIfAny();
        // one kind of task per batch: the values answer one form
        Set<String> keys = new LinkedHashSet<>();
        for (String id : ids) {
            inbox.visible(user, id).map(Task::getTaskDefinitionKey).ifPresent(keys::add);
        }
        if (keys.size() > 1) {
            throw ApiException.badRequest("taskIds", "batch.mixedKinds");
        }
        List<Result> results = new ArrayList<>();
        for (String id : ids) {
            results.add(completeOne(user, id, values));
        }
        return results;
    }

    private Result completeOne(CurrentUser user, String taskId, Map<String, Object> values) {
        try {
            completion.complete(user, taskId, values);
            return new Result(taskId, Outcome.DONE, HttpStatus.NO_CONTENT.value(), null);
        } catch (ApiException e) {
            return new Result(taskId, Outcome.REFUSED, e.status().value(), reason(e));
        } catch (OptimisticLockingException | PessimisticLockingFailureException e) {
            return new Result(taskId, Outcome.REFUSED, HttpStatus.CONFLICT.value(), text("problem.concurrentChange"));
        } catch (DataIntegrityViolationException e) {
            return new Result(taskId, Outcome.REFUSED, HttpStatus.CONFLICT.value(), text("problem.conflict"));
        }
    }

    private String reason(ApiException e) {
        if (e.errors().isEmpty()) {
            return text(e.messageKey(), e.args());
        }
        return String.join("; ", e.errors().stream().map(p -> p.field() + ": " + text(p.messageKey(), p.args())).toList());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}

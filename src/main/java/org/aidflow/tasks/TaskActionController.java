package org.aidflow.tasks;

import java.net.URI;
import java.util.List;

import org.aidflow.security.CurrentUsers;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 转办, 催办 and remarks on a task, beside completing it (TaskController). */
@RestController
class TaskActionController {

    private final TaskDelegation delegation;
    private final TaskReminders reminders;
    private final TaskComments comments;

    TaskActionController(TaskDelegation delegation, TaskReminders reminders, TaskComments comments) {
        this.delegation = delegation;
        this.reminders = reminders;
        this.comments = comments;
    }

    record Delegation(String to, String comment) {
    }

    record Reminder(String comment) {
    }

    record NewComment(String text) {
    }

    @GetMapping("/api/tasks/{id}/delegates")
    PageResult<TaskDelegation.Colleague> delegates(@PathVariable String id) {
        List<TaskDelegation.Colleague> colleagues = delegation.colleagues(CurrentUsers.get(), id);
        return new PageResult<>(colleagues, 0, PageResult.MAX_SIZE, colleagues.size());
    }

    @PostMapping(path = "/api/tasks/{id}/delegate", consumes = "application/json")
    ResponseEntity<Void> delegate(@PathVariable String id, @RequestBody(required = false) Delegation body) {
        Delegation given = body == null ? new Delegation(null, null) : body;
        delegation.delegate(CurrentUsers.get(), id, given.to(), given.comment());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/tasks/{id}/remind")
    ResponseEntity<Void> remind(@PathVariable String id, @RequestBody(required = false) Reminder body) {
        reminders.remind(CurrentUsers.get(), id, body == null ? null : body.comment());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/tasks/{id}/comments")
    PageResult<TaskComments.Comment> comments(@PathVariable String id, @RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size) {
        return comments.list(CurrentUsers.get(), id, Paging.of(page, size));
    }

    @PostMapping(path = "/api/tasks/{id}/comments", consumes = "application/json")
    ResponseEntity<TaskComments.Comment> comment(@PathVariable String id, @RequestBody(required = false) NewComment body) {
        TaskComments.Comment added = comments.add(CurrentUsers.get(), id, body == null ? null : body.text());
        return ResponseEntity.created(URI.create("/api/tasks/" + id + "/comments")).body(added);
    }
}

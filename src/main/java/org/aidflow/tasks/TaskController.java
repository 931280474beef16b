package org.aidflow.tasks;

import java.util.LinkedHashMap;
import java.util.Map;

import org.aidflow.security.CurrentUsers;
import org.aidflow.web.Checks;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's inbox and the task endpoints; every call is limited to tasks the caller may act on. */
@RestController
class TaskController {

    private final Inbox inbox;
    private final TaskCompletion completion;

    TaskController(Inbox inbox, TaskCompletion completion) {
        this.inbox = inbox;
        this.completion = completion;
    }

    @GetMapping("/api/tasks")
    PageResult<TaskView> list(@RequestParam(required = false) String taskKey,
                              @RequestParam(required = false) String businessKey,
                              @RequestParam(required = false) Boolean overdue,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        return inbox.list(CurrentUsers.get(), new Inbox.Filter(taskKey, businessKey, overdue), Paging.of(page, size));
    }

    @GetMapping("/api/tasks/{id}")
    Map<String, Object> show(@PathVariable String id) {
        TaskCompletion.TaskDetail detail = completion.show(CurrentUsers.get(), id);
        TaskView t = detail.task();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", t.id());
        body.put("taskKey", t.taskKey());
        body.put("name", t.name());
        body.put("processKey", t.processKey());
        body.put("businessKey", t.businessKey());
        body.put("projectId", t.projectId());
        body.put("agreementId", t.agreementId());
        body.put("created", t.created());
        body.put("due", t.due());
        body.put("overdue", t.overdue());
        body.put("assignee", t.assignee());
        body.put("candidateGroups", detail.candidateGroups());
        body.put("form", detail.form());
        body.put("data", detail.data());
        return body;
    }

    @PostMapping("/api/tasks/{id}/claim")
    ResponseEntity<Void> claim(@PathVariable String id) {
        completion.claim(CurrentUsers.get(), id);
        return ResponseEntity.noContent().build();
    }

    /** The longest task key or business key taken (Camunda's columns hold 255 characters). */
    private static final int MAX_KEY = 255;

    /** Completes the caller's open task with this task key on the case with this business key; answers its id. */
    @PostMapping(path = "/api/tasks/complete", consumes = "application/json")
    Map<String, Object> completeByKey(@RequestParam(required = false) String taskKey,
                                      @RequestParam(required = false) String businessKey,
                                      @RequestBody Map<String, Object> form) {
        new Checks().require("taskKey", taskKey).require("businessKey", businessKey)
                .maxLength("taskKey", taskKey, MAX_KEY).maxLength("businessKey", businessKey, MAX_KEY).throwIfAny();
        String id = completion.completeByKey(CurrentUsers.get(), taskKey, businessKey, form);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("taskKey", taskKey);
        body.put("businessKey", businessKey);
        return body;
    }

    @PostMapping(path = "/api/tasks/{id}/complete", consumes = "application/json")
    ResponseEntity<Void> complete(@PathVariable String id, @RequestBody Map<String, Object> form) {
        completion.complete(CurrentUsers.get(), id, form);
        return ResponseEntity.noContent().build();
    }
}

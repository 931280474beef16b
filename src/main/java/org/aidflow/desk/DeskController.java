package org.aidflow.desk;

import java.util.List;
import java.util.Map;

import org.aidflow.security.CurrentUsers;
import org.aidflow.web.PageResult;
import org.aidflow.web.PageResult.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 已办, 我发起的 and 批量审批: each limited to the caller's own tasks and cases. */
@RestController
class DeskController {

    private final DoneTasks done;
    private final StartedCases started;
    private final BatchApproval batch;

    DeskController(DoneTasks done, StartedCases started, BatchApproval batch) {
        this.done = done;
        this.started = started;
        this.batch = batch;
    }

    record Batch(List<String> taskIds, Map<String, Object> values) {
    }

    @GetMapping("/api/tasks/done")
    PageResult<DoneTasks.DoneTask> done(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return done.list(CurrentUsers.get(), Paging.of(page, size));
    }

    @GetMapping("/api/me/started")
    PageResult<StartedCases.StartedCase> started(@RequestParam(required = false) Integer page,
                                                 @RequestParam(required = false) Integer size) {
        return started.list(CurrentUsers.get(), Paging.of(page, size));
    }

    @PostMapping(path = "/api/tasks/batch", consumes = "application/json")
    List<BatchApproval.Result> batch(@RequestBody Batch body) {
        return batch.approve(CurrentUsers.get(), body.taskIds(), body.values());
    }
}
